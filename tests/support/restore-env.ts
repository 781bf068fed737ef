import { afterAll, beforeAll } from 'vitest';

/*
 * A worker runs file after file in one process (isolate: false in
 * vitest.config.ts): whatever a test file sets in process.env is put back
 * when the file ends, so no file runs with another's settings (a leaked
 * FILES_DIR sent later files' uploads to a folder they did not look in).
 */
let saved: Record<string, string | undefined> = {};

beforeAll(() => {
  saved = { ...process.env };
});

afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});
