import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';

/*
 * Issue 13: the API description could not send a file, as the upload routes
 * described no request body. Each now describes its multipart form, text
 * fields first and the file last, so «Try it out» uploads.
 */
describe(`the upload routes in the API description (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await createTestDatabase();
    app = await createTestApp(handle);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it.each([
    ['/api/journalposter/{id}/dokumenter', ['tittel', 'dokumenttype']],
    ['/api/dokumentbeskrivelser/{id}/versjoner', []],
    ['/api/dokumentbeskrivelser/{id}/varianter', ['variantformat']],
  ])('%s takes a multipart form with its fields and the file last', async (path, required) => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const form = doc.paths[path].post.requestBody.content['multipart/form-data'].schema;
    const names = Object.keys(form.properties);
    expect(names.at(-1)).toBe('fil');
    expect(form.properties.fil).toMatchObject({ type: 'string', format: 'binary' });
    expect(form.required).toEqual([...required, 'fil']);
  });
});
