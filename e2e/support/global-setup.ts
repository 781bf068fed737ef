import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from './web-build.js';

/**
 * Once per run: make sure the UI is built, and load the demo data into a
 * DATA_DIR that every test file then copies (loading the demo is the slow
 * part of starting a server on an empty database).
 */
export default async function setup(project: TestProject) {
  ensureWebBuilt();
  // Read when the password module loads, so set before importing the server.
  process.env.PASSWORD_HASH_LOG_N ??= '10';
  const { startServerIn } = await import('./start-server.js');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-e2e-demo-'));
  const server = await startServerIn(dataDir);
  await server.stop();
  project.provide('e2eDemoDataDir', dataDir);
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
}
