import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { startServerIn } from './start-server.js';

export interface E2eServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  stop(): Promise<void>;
}

/**
 * The real server in-process with a fresh temporary DATA_DIR. It starts as a
 * copy of the one the global setup filled with demo data, so each file gets
 * its own database without paying for loading the demo again.
 */
export async function startE2eServer(): Promise<E2eServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-e2e-'));
  fs.cpSync(inject('e2eDemoDataDir'), dataDir, { recursive: true });
  const server = await startServerIn(dataDir);
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoDataDir: string;
  }
}
