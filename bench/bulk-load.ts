import { sql } from 'kysely';
import type { Database } from '../src/db/open-database.js';

/** The tables the generator fills, and the derived ones (search index, change log). */
export const LOADED = [
  'saksmappe',
  'journalpost',
  'korrespondansepart',
  'part',
  'dokumentbeskrivelse',
  'fil',
  'dokumentobjekt',
  'fil_tekst',
  'sok_indeks',
  'sok_dokument',
  'endringslogg',
];

/** The search index's tables, filled in the derived phase. */
const DERIVED = new Set(['sok_indeks', 'sok_dokument']);

/**
 * Runs a bulk load the way a database is restored: the loaded tables'
 * secondary indexes are dropped and built again afterwards (one sort instead
 * of a million inserts into each), and their triggers (search index upkeep,
 * foreign-key checks) are off meanwhile — the load writes consistent rows and
 * the derived ones set-based itself. Primary keys and unique constraints stay,
 * so numbers are still checked. Needs a superuser (the bench's own database).
 *
 * Two phases: `base` fills the tables; their indexes are rebuilt; then
 * `derived` fills the search index (its source views look rows up by those
 * indexes), whose own indexes are built last.
 *
 * A new trigger on these tables that derives rows needs a set-based twin in
 * the generator, or the bench data would lack what registration makes.
 */
export async function bulkLoad(db: Database, base: () => Promise<unknown>, derived: () => Promise<unknown>): Promise<void> {
  const indexes = await sql<{ table: string; name: string; def: string }>`
    SELECT i.tablename AS table, i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = ANY(${LOADED}::text[])
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`.execute(db);
  const rebuild = async (derivedTable: boolean) => {
    for (const i of indexes.rows) if (DERIVED.has(i.table) === derivedTable) await sql.raw(i.def).execute(db);
    for (const t of LOADED) await sql`ANALYZE ${sql.table(t)}`.execute(db);
  };
  for (const i of indexes.rows) await sql`DROP INDEX ${sql.id(i.name)}`.execute(db);
  for (const t of LOADED) await sql`ALTER TABLE ${sql.table(t)} DISABLE TRIGGER ALL`.execute(db);
  try {
    await base();
    await rebuild(false);
    await derived();
    await rebuild(true);
  } finally {
    for (const t of LOADED) await sql`ALTER TABLE ${sql.table(t)} ENABLE TRIGGER ALL`.execute(db);
  }
}
