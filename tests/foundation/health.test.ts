import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp } from '../support/test-app.js';

describe(`GET /api/health (${engineName()})`, () => {
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

  it('answers 200 when the database answers, without logging in', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', engine: engineName(), demo: 'none' });
  });

  it('answers 503 when the database is gone', async () => {
    // A handle of its own, so closing it leaves the other tests' database alone.
    const doomed = await createTestDatabase();
    const doomedApp = await createTestApp(doomed);
    try {
      expect((await doomedApp.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      await doomed.close();
      const res = await doomedApp.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'unavailable', database: 'unavailable' });
    } finally {
      await doomedApp.close();
    }
  });
});
