import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../src/http/api-types.js';

/*
 * The web client's API types come from the OpenAPI document: a route whose
 * schema changed without `npm run api-types` leaves the client typed against
 * the old API, which this test refuses.
 */
describe('the web client API types', () => {
  it('are generated from the current OpenAPI document (run `npm run api-types`)', async () => {
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    expect(committed === (await generateApiTypes()), 'web/src/api/schema.d.ts is stale: run `npm run api-types`').toBe(true);
  }, 60_000);
});
