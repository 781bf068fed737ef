import fs from 'node:fs';
import path from 'node:path';
import { CompiledQuery, Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Extension } from '@electric-sql/pglite';
import { PGliteDialect, type PGliteConnection } from './pglite-dialect.js';
import { withMergedBegin } from './merged-begin.js';
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
  /** Told when PostgreSQL ends a connection (terminated, restarted); the pool replaces it by itself. */
  onConnectionLost?: ((error: Error) => void) | undefined;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.onConnectionLost);
  return openPGlite(options);
}

const CONNECT_TIMEOUT_MS = 10_000;

function openPostgres(connectionString: string, max: number, onLost: OpenOptions['onConnectionLost']): DatabaseHandle {
  // A bounded wait for a new connection: a database that does not answer
  // fails the request (503) instead of holding it for ever.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  const lost = (error: Error) => onLost?.(error);
  // A client losing its server emits 'error'; unheard, Node ends the process.
  // The pool listens only while a client is idle (and re-emits it on the
  // pool), so every client gets a listener of its own for the time it is
  // checked out: the query fails (→ 503 for that request only) and the pool
  // drops the broken client when it is released.
  pool.on('connect', (client) => client.on('error', lost));
  pool.on('error', () => undefined); // already reported by the client's listener

  const dialect = withMergedBegin(new PostgresDialect({ pool: lastResultOfScripts(pool) }), (conn, script) =>
    conn.executeQuery(CompiledQuery.raw(script)),
  );
  const db = new Kysely<DB>({ dialect });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/**
 * The pool as Kysely sees it, with one change: a script of several
 * statements (sent without parameters, in one round trip: merged-begin.ts)
 * answers with its last statement's result, as a single statement does.
 */
function lastResultOfScripts(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((...args: Parameters<pg.PoolClient['query']>) => {
      const result: unknown = client.query(...args);
      return result instanceof Promise ? result.then((r: unknown) => (Array.isArray(r) ? r.at(-1) : r)) : result;
    }) as PostgresPoolClient['query'],
    release: () => client.release(),
  });
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) clients.set(client, (wrapped = wrap(client)));
      return wrapped;
    },
    end: () => pool.end(),
  };
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
    const dialect = withMergedBegin(new PGliteDialect(pglite), (conn, script) => (conn as PGliteConnection).executeScript(script));
    const db = new Kysely<DB>({ dialect });
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
