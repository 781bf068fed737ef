import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { SystemCtx } from './shared/context.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type DatabaseHandle } from './db/open-database.js';
import { isDatabaseEmpty } from './features/demo/is-database-empty.js';
import { loadDemo } from './features/demo/load-demo.js';
import { buildApp } from './http/app.js';
import { purgeAuthData } from './features/auth/purge-auth-data.js';

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  /** Settles when the demo archive has finished loading (at once if none is loaded). */
  demoReady: Promise<void>;
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
    const loadsDemo = config.loadDemoData && handle.engine === 'pglite' && (await isDatabaseEmpty(handle.db));
    if (loadsDemo) {
      // Organisations and users first, so one can log in at once; the demo
      // archive (hundreds of cases with PDFs) fills in after the server listens.
      log.info('empty embedded database: loading demo organisations and users');
      await loadDemo(sys, { withArchive: false });
    }
    const app = await buildApp({ db: handle.db, engine: handle.engine, config }, log);
    const url = await app.listen({ port: config.port, host: config.host });
    const demoReady = loadsDemo ? loadDemoArchiveInBackground(sys) : Promise.resolve();
    const stopPurge = schedulePurge(sys);
    return {
      app,
      handle,
      url,
      demoReady,
      stop: async () => {
        stopPurge();
        await app.close();
        await demoReady;
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function loadDemoArchiveInBackground(sys: SystemCtx): Promise<void> {
  const started = Date.now();
  return loadDemo(sys).then(
    () => sys.log.info({ seconds: (Date.now() - started) / 1000 }, 'demo archive loaded'),
    (error: unknown) => sys.log.error({ err: error }, 'loading the demo archive failed; run `npx saksgang demo` to retry'),
  );
}

const PURGE_EVERY_MS = 10 * 60_000;

/**
 * Expired sessions, old failed-login rows and stale OIDC logins are purged
 * at start and every ten minutes. A plain timer until the durable job queue
 * (issue 11 item 8) takes scheduled work; several servers purging at once is
 * harmless (the deletes are idempotent).
 */
function schedulePurge(sys: SystemCtx): () => void {
  const run = () => {
    purgeAuthData(sys).catch((error: unknown) => sys.log.warn({ err: error }, 'purging authentication data failed'));
  };
  run();
  const timer = setInterval(run, PURGE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
