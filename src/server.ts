import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { SystemCtx } from './shared/context.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type DatabaseHandle } from './db/open-database.js';
import { fileSettings } from './files/file-settings.js';
import { findSnapshot, isFreshDataDir, restoreSnapshot } from './features/demo/demo-snapshot.js';
import { isDatabaseEmpty } from './features/demo/is-database-empty.js';
import { loadDemo } from './features/demo/load-demo.js';
import { DemoStatus } from './features/health/demo-status.js';
import { secureZoneSettings } from './features/sikker-sone/secure-zone-settings.js';
import { startBackgroundWork } from './jobs/background.js';

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  /** Settles when the demo archive has finished loading (at once if none is loaded). */
  demoReady: Promise<void>;
  /** How the demo came about: copied from the snapshot, loading in the background, or none. */
  demo: 'snapshot' | 'loading' | 'none';
  stop(): Promise<void>;
}

/**
 * Opens the database, applies migrations, puts the demo into an empty
 * embedded installation (a copy of the prebuilt snapshot when there is one
 * for these sources, else loaded in the background), and serves the API and
 * the built UI.
 */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  // The HTTP app's modules load while the database starts (both take a while on a busy machine).
  const appModule = import('./http/app.js');
  appModule.catch(() => undefined); // reported where it is awaited
  const restored = restoreDemoSnapshot(config, log);
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onConnectionLost: (error) => log.warn({ err: error }, 'database connection lost; the pool opens a new one when needed'),
  });
  try {
    const { applied } = await migrate(handle.db);
    if (applied.length) log.info({ applied: applied.length, last: applied.at(-1) }, 'migrations applied');
    const sys = { db: handle.db, now: () => new Date(), log };
    const loadsDemo = !restored && config.loadDemoData && handle.engine === 'pglite' && (await isDatabaseEmpty(handle.db));
    if (loadsDemo) {
      // Organisations and users first, so one can log in at once; the demo
      // archive (hundreds of cases with PDFs) fills in after the server listens.
      log.info(
        'empty embedded database and no prebuilt demo database: loading the demo in the background (`npm run demo-snapshot` makes this instant)',
      );
      await loadDemo(sys, { withArchive: false, config });
    }
    const demoStatus = new DemoStatus(loadsDemo ? 'loading' : restored ? 'ready' : 'none');
    const { buildApp } = await appModule;
    const app = await buildApp({ db: handle.db, engine: handle.engine, config, demoStatus }, log);
    const url = await app.listen({ port: config.port, host: config.host });
    const demoReady = loadsDemo ? loadDemoArchiveInBackground(sys, config, demoStatus) : Promise.resolve();
    const background = startBackgroundWork({ db: handle.db, log, config });
    return {
      app,
      handle,
      url,
      demoReady,
      demo: loadsDemo ? 'loading' : restored ? 'snapshot' : 'none',
      stop: async () => {
        await app.close();
        await background.stop();
        await demoReady;
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** On a first start of the embedded database, copies in the demo snapshot built at install time (if it matches these sources). */
function restoreDemoSnapshot(config: Config, log: Logger): boolean {
  if (config.databaseUrl || !config.loadDemoData || !isFreshDataDir(config.dataDir)) return false;
  const snapshot = findSnapshot();
  if (!snapshot) return false;
  restoreSnapshot(snapshot, config.dataDir, {
    files: fileSettings(config).filesDir,
    'secure-files': secureZoneSettings(config).filesDir,
  });
  log.debug({ snapshot }, 'demo database copied from the prebuilt snapshot');
  return true;
}

/** Into this server's DATA_DIR: the files beside the database, also when DATA_DIR is not in the environment (the browser tests' servers). */
function loadDemoArchiveInBackground(sys: SystemCtx, config: Config, status: DemoStatus): Promise<void> {
  const started = Date.now();
  return loadDemo(sys, { config }).then(
    () => {
      status.set('ready');
      sys.log.info(`demo archive loaded in ${Math.round((Date.now() - started) / 1000)} s — Saksgang is ready`);
    },
    (error: unknown) => {
      status.set('failed');
      sys.log.error({ err: error }, 'loading the demo archive failed; run `npx saksgang demo` to retry');
    },
  );
}
