import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '../src/db/migrate.js';
import { openDatabase, type DatabaseHandle } from '../src/db/open-database.js';

/**
 * A fresh, migrated database for one run: on PostgreSQL a dedicated database
 * (saksgang_bench_<pid>) next to the one DATABASE_URL names, dropped at the
 * end; otherwise an embedded PGlite in a temporary directory, removed at the end.
 */
export async function openBenchDatabase(clients: number): Promise<DatabaseHandle & { label: string }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `saksgang_bench_${process.pid}`;
    await admin(url, `CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: u.href, poolSize: clients + 4 });
    await migrate(handle.db);
    const label = `PostgreSQL (${(await handle.db.selectNoFrom((eb) => eb.fn<string>('version', []).as('v')).executeTakeFirstOrThrow()).v.split(' ').slice(0, 2).join(' ')})`;
    return {
      ...handle,
      label,
      close: async () => {
        await handle.close();
        await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-bench-'));
  const handle = await openDatabase({ dataDir: dir });
  await migrate(handle.db);
  return {
    ...handle,
    label: 'PGlite (embedded, one connection: concurrent clients serialise)',
    close: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
