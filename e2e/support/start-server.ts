import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';

/**
 * The real server as `npm start` runs it, on embedded PGlite in DATA_DIR
 * `dataDir` and a free loopback port; an empty DATA_DIR gets the demo data.
 * (No vitest imports here: the global setup uses it too.)
 */
export function startServerIn(dataDir: string): Promise<RunningServer> {
  const config: Config = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir,
    // Plain http: the session cookie must not be marked Secure.
    publicUrl: 'http://127.0.0.1',
    loadDemoData: true,
    oidc: undefined,
  };
  return startServer(config, createLogger(process.env.LOG_LEVEL ?? 'silent'));
}
