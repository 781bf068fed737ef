import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Extension } from '@electric-sql/pglite';
import { PGliteDialect } from './pglite-dialect.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { DB } from './schema.js';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  /** The embedded engine itself, for snapshots (tests) and file-level backup. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Both engines return the same JavaScript types: int8 as number (counts and
// sequence numbers stay far below 2^53), date as 'YYYY-MM-DD' text (a Noark
// date has no time zone), timestamptz as Date.
const INT8 = 20;
const DATE = 1082;
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);

// The extension bundle is located through Node's resolver rather than
// import.meta.url, which test runners and bundlers may rewrite.
const pglitePackage = createRequire(import.meta.url).resolve('@electric-sql/pglite');
const pg_trgm: Extension = {
  name: 'pg_trgm',
  setup: async () => ({ bundlePath: pathToFileURL(path.join(path.dirname(pglitePackage), 'pg_trgm.tar.gz')) }),
};

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Data directory for PGlite; `undefined` means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data-dir dump to start from (tests start from a migrated snapshot). */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPGlite(options);
}

function openPostgres(connectionString: string, max: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client losing its server must not crash the process; the next
  // query reports the problem (and /api/health answers 503).
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

async function openPGlite(options: OpenOptions): Promise<DatabaseHandle> {
  let unlock = () => {};
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir, 'pglite');
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = acquireDataDirLock(dataDir);
  }
  try {
    const pglite = new PGlite({
      dataDir,
      extensions: { pg_trgm },
      loadDataDir: options.loadDataDir,
      parsers: {
        [pgliteTypes.INT8]: (v: string) => Number(v),
        [pgliteTypes.DATE]: (v: string) => v,
      },
    });
    await pglite.waitReady;
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      engine: 'pglite',
      pglite,
      close: async () => {
        // Kysely's destroy() skips a driver it never initialised; close PGlite ourselves.
        await db.destroy();
        if (!pglite.closed) await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
