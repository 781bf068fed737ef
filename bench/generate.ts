import { sql } from 'kysely';
import type { Database } from '../src/db/open-database.js';
import { setupStandardArkiv } from '../src/features/arkivstruktur/setup-standard-arkiv.js';
import { loadDemo } from '../src/features/demo/load-demo.js';
import { createLogger } from '../src/logger.js';
import { systemOwnerCtx } from '../src/shared/system-actor.js';
import { FIRST_YEAR, fillOrganisation, PER_CASE, YEARS } from './generate-sql.js';

const log = createLogger('warn');
/** Tables whose search triggers are switched off during the bulk load; the index is built in one pass afterwards. */
const INDEXED = ['saksmappe', 'journalpost', 'korrespondansepart', 'part', 'dokumentbeskrivelse', 'dokumentobjekt', 'fil_tekst'];

export interface Generated {
  organisations: { id: string; kortnavn: string; openCases: string[]; cases: string[] }[];
  journalposter: number;
}

/**
 * The data set, made with bulk SQL (one INSERT … SELECT generate_series per
 * table and organisation), not through the use cases: the demo
 * organisations and people, the standard archive, then per organisation
 * cases over the years with `PER_CASE` records each, correspondence parties,
 * parts, documents with extracted text, counters, and the search index.
 */
export async function generate(db: Database, records: number): Promise<Generated> {
  await loadDemo({ db, now: () => new Date(), log }, { withArchive: false });
  const orgs = await db.selectFrom('organisasjon').select(['id', 'kortnavn']).orderBy('kortnavn').execute();
  const casesPerOrg = Math.max(YEARS, Math.ceil(records / orgs.length / PER_CASE));
  for (const t of INDEXED) await sql`ALTER TABLE ${sql.table(t)} DISABLE TRIGGER USER`.execute(db);
  try {
    for (const org of orgs) {
      await setupStandardArkiv(systemOwnerCtx(db, org.id, log));
      await fillOrganisation(db, org.id, casesPerOrg);
    }
  } finally {
    for (const t of INDEXED) await sql`ALTER TABLE ${sql.table(t)} ENABLE TRIGGER USER`.execute(db);
  }
  for (const org of orgs) {
    await sql`INSERT INTO sok_indeks SELECT * FROM sok_kilde_saksmappe WHERE organisasjon_id = ${org.id}`.execute(db);
    await sql`INSERT INTO sok_indeks SELECT * FROM sok_kilde_journalpost WHERE organisasjon_id = ${org.id}`.execute(db);
  }
  await sql`ANALYZE`.execute(db);
  const organisations = [];
  for (const org of orgs) {
    const cases = await db
      .selectFrom('saksmappe')
      .select(['id', 'saksstatus'])
      .where('organisasjon_id', '=', org.id)
      .orderBy('saksaar')
      .orderBy('sakssekvensnummer')
      .execute();
    organisations.push({ ...org, cases: cases.map((c) => c.id), openCases: cases.filter((c) => c.saksstatus === 'B').map((c) => c.id) });
  }
  const n = await db
    .selectFrom('journalpost')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { organisations, journalposter: Number(n.n) };
}

export { FIRST_YEAR };
