import { sql } from 'kysely';
import type { Database } from '../src/db/open-database.js';
import { setupStandardArkiv } from '../src/features/arkivstruktur/setup-standard-arkiv.js';
import { loadDemo } from '../src/features/demo/load-demo.js';
import { createLogger } from '../src/logger.js';
import { systemOwnerCtx } from '../src/shared/system-actor.js';
import { personName } from './generate-sql.js';

const log = createLogger('warn');
const ROLES = sql`ARRAY['SB','SB','SB','SB','SB','SB','LED','SF','MS','LES']`;

/**
 * Organisations and people: the three demo municipalities through the real
 * use cases, then further organisations (copies of the demo's unit tree,
 * each with an archivist `<kortnavn>.arkivar`) and users up to `users` in
 * all, spread over the organisations and units, in bulk. Every user gets the
 * demo password. Each organisation gets the standard archive.
 */
export async function populate(db: Database, organisations: number, users: number): Promise<{ id: string; kortnavn: string }[]> {
  await loadDemo({ db, now: () => new Date(), log }, { withArchive: false });
  const extra = Math.max(0, organisations - 3);
  await sql`
    INSERT INTO organisasjon (navn, kortnavn, organisasjonsnummer)
    SELECT 'Bydel ' || lpad(i::text, 2, '0'), 'bydel' || lpad(i::text, 2, '0'), '9' || lpad(i::text, 8, '0')
    FROM generate_series(1, ${extra}) AS i`.execute(db);
  const template = await sql<{ id: string }>`SELECT id FROM organisasjon WHERE kortnavn = 'valer'`.execute(db);
  const from = template.rows[0]!.id;
  await sql`
    INSERT INTO administrativ_enhet (organisasjon_id, kortnavn, navn)
    SELECT o.id, e.kortnavn, e.navn FROM organisasjon o CROSS JOIN administrativ_enhet e
    WHERE o.kortnavn LIKE 'bydel%' AND e.organisasjon_id = ${from}`.execute(db);
  await sql`
    UPDATE administrativ_enhet c SET overordnet_enhet_id = cp.id
    FROM administrativ_enhet t JOIN administrativ_enhet tp ON tp.id = t.overordnet_enhet_id, administrativ_enhet cp
    WHERE t.organisasjon_id = ${from} AND c.kortnavn = t.kortnavn AND c.organisasjon_id <> ${from}
      AND cp.organisasjon_id = c.organisasjon_id AND cp.kortnavn = tp.kortnavn AND c.organisasjon_id IN
        (SELECT id FROM organisasjon WHERE kortnavn LIKE 'bydel%')`.execute(db);
  const hash = sql`(SELECT passord_hash FROM bruker WHERE brukernavn = 'valer.arkivar')`;
  await sql`
    WITH b AS (INSERT INTO bruker (brukernavn, navn, passord_hash)
      SELECT kortnavn || '.arkivar', 'Arkivar ' || navn, ${hash} FROM organisasjon WHERE kortnavn LIKE 'bydel%' RETURNING id, brukernavn)
    INSERT INTO rolletildeling (bruker_id, organisasjon_id, administrativ_enhet_id, rolle)
    SELECT b.id, o.id, e.id, 'ARK' FROM b JOIN organisasjon o ON o.kortnavn || '.arkivar' = b.brukernavn
      JOIN administrativ_enhet e ON e.organisasjon_id = o.id AND e.kortnavn = 'DOK'`.execute(db);
  const have = await sql<{ n: number }>`SELECT count(*)::int AS n FROM bruker WHERE id <> '00000000-0000-0000-0000-000000000000'`.execute(
    db,
  );
  const more = Math.max(0, users - have.rows[0]!.n);
  await sql`
    WITH orgs AS (SELECT id, kortnavn, row_number() OVER (ORDER BY kortnavn) - 1 AS k, count(*) OVER () AS total FROM organisasjon),
    b AS (INSERT INTO bruker (brukernavn, navn, passord_hash)
      SELECT o.kortnavn || '.bruker' || lpad(i::text, 5, '0'), ${personName(sql`i * 11`)}, ${hash}
      FROM generate_series(1, ${more}) AS i JOIN orgs o ON o.k = i % o.total RETURNING id, brukernavn)
    INSERT INTO rolletildeling (bruker_id, organisasjon_id, administrativ_enhet_id, rolle)
    SELECT b.id, o.id, e.id, (${ROLES})[1 + b.nr % 10]
    FROM (SELECT b.*, row_number() OVER (ORDER BY brukernavn) AS nr FROM b) b
    JOIN orgs o ON b.brukernavn LIKE o.kortnavn || '.bruker%'
    CROSS JOIN LATERAL (SELECT id FROM administrativ_enhet WHERE organisasjon_id = o.id ORDER BY kortnavn
      OFFSET b.nr % 9 LIMIT 1) e`.execute(db);
  const orgs = await db.selectFrom('organisasjon').select(['id', 'kortnavn']).orderBy('kortnavn').execute();
  for (const org of orgs) await setupStandardArkiv(systemOwnerCtx(db, org.id, log));
  return orgs;
}
