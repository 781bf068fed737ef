import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type DatabaseHandle } from './db/open-database.js';
import { isDatabaseEmpty } from './features/demo/is-database-empty.js';
import { loadDemo } from './features/demo/load-demo.js';
import { buildApp } from './http/app.js';

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens the database, applies migrations, loads demo data into an empty
 * embedded database, and serves the API and the built UI.
 */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { applied } = await migrate(handle.db);
    if (applied.length) log.info({ applied }, 'migrations applied');
    const sys = { db: handle.db, now: () => new Date(), log };
    if (config.loadDemoData && handle.engine === 'pglite' && (await isDatabaseEmpty(handle.db))) {
      log.info('empty embedded database: loading demo data');
      await loadDemo(sys);
    }
    const app = await buildApp({ db: handle.db, engine: handle.engine, config }, log);
    const url = await app.listen({ port: config.port, host: config.host });
    return {
      app,
      handle,
      url,
      stop: async () => {
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
