// The web client's API types are generated from the OpenAPI document the
// routes' zod schemas produce, so the client cannot drift from the server:
// `npm run api-types` writes them, and a test fails while they are stale.
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { buildApp } from './app.js';

export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../../web/src/api/schema.d.ts');

const HEADER = `// Generated from the OpenAPI document by \`npm run api-types\`; do not edit.
// Use it through web/src/api/types.ts.
`;

/** The OpenAPI document as the server publishes it at /api/openapi.json. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  // Building the app reads no rows; an empty in-memory database is enough.
  const handle = await openDatabase({});
  try {
    const app = await buildApp({ db: handle.db, engine: handle.engine, config: loadConfig({}) }, false);
    await app.ready();
    const document = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return document;
  } finally {
    await handle.close();
  }
}

/** The TypeScript text of web/src/api/schema.d.ts, formatted as the repository's prettier does. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS((await openApiDocument()) as never, { alphabetize: true });
  const options = await prettier.resolveConfig(API_TYPES_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
