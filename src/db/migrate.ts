import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './open-database.js';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface MigrationResult {
  applied: string[];
}

/** Migration files, `NNNN_name.sql`, applied in name order; released files are never edited. */
export function listMigrations(): { version: string; file: string }[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), file: path.join(migrationsDir, f) }));
}

/**
 * Applies pending migrations, each in its own transaction. On PostgreSQL an
 * advisory lock keeps two starting servers from migrating at once.
 */
export async function migrate(db: Database): Promise<MigrationResult> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(827301)`.execute(conn);
    try {
      await sql`CREATE TABLE IF NOT EXISTS schema_migration (
        version text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`.execute(conn);
      const done = await sql<{ version: string }>`SELECT version FROM schema_migration`.execute(conn);
      const applied = new Set(done.rows.map((r) => r.version));
      const result: string[] = [];
      for (const m of listMigrations()) {
        if (applied.has(m.version)) continue;
        const script = fs.readFileSync(m.file, 'utf8');
        await sql.raw('BEGIN').execute(conn);
        try {
          await executeScript(conn, script);
          await sql`INSERT INTO schema_migration (version) VALUES (${m.version})`.execute(conn);
          await sql.raw('COMMIT').execute(conn);
        } catch (error) {
          await sql.raw('ROLLBACK').execute(conn);
          throw new Error(`Migration ${m.version} failed: ${(error as Error).message}`);
        }
        result.push(m.version);
      }
      return { applied: result };
    } finally {
      await sql`SELECT pg_advisory_unlock(827301)`.execute(conn);
    }
  });
}

/** Runs a multi-statement script one statement at a time (PGlite's extended protocol takes one). */
async function executeScript(conn: Database, script: string): Promise<void> {
  for (const statement of splitSqlStatements(script)) {
    await sql.raw(statement).execute(conn);
  }
}

/**
 * Splits on semicolons outside quotes, comments and dollar-quoted bodies.
 * Enough for our own migration files, which is all it is used for.
 */
export function splitSqlStatements(script: string): string[] {
  const out: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    const dollar = /^\$[a-zA-Z_]*\$/.exec(rest);
    if (rest.startsWith('--')) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end + 1;
      continue;
    }
    if (dollar) {
      const tag = dollar[0];
      const end = script.indexOf(tag, i + tag.length);
      const stop = end === -1 ? script.length : end + tag.length;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    const ch = script[i]!;
    if (ch === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end === -1 ? script.length : end + 1;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === ';') {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
    i++;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
