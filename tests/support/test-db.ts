import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/open-database.js';
import { admin, withDatabase } from './global-setup.js';

/**
 * A fresh, migrated database for one test file: a copy of the template on
 * PostgreSQL (when DATABASE_URL is set), else an in-memory PGlite loaded from
 * the migrated snapshot. `close()` removes it.
 */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `sg_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await admin(url, `CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: options.poolSize ?? 40 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const snapshot = new Blob([fs.readFileSync(inject('pgliteSnapshot'))]);
  return openDatabase({ loadDataDir: snapshot });
}

export const engineName = () => (process.env.DATABASE_URL ? 'postgres' : 'pglite');
