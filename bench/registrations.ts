import { sql } from 'kysely';
import type { Database } from '../src/db/open-database.js';
import { registerJournalpost } from '../src/features/journalpost/register-journalpost.js';
import { catchUpSearchIndex } from '../src/features/sok/search-index-queue.js';
import type { Ctx } from '../src/shared/context.js';
import type { Generated } from './generate.js';
import { runConcurrent } from './stats.js';

/**
 * Registrations per second with `clients` concurrent clients: the real use
 * case (an incoming letter with one sender, registered by the archive) against
 * the same writes as bare SQL in one transaction — the gapless counters
 * (case document number, journal number of the year), the record and its
 * party. Both spread over the organisations' open cases, and both fire the
 * triggers. The search index is built off the registration's path (migration
 * 0035): the time the index then needs to catch up with everything the
 * registrations queued is measured apart (`catchUpMs`), after them, as the
 * job runner would do it.
 */
export async function measureRegistrations(db: Database, data: Generated, archivists: Ctx[], total: number, clients: number) {
  const target = (i: number) => {
    const o = i % data.organisations.length;
    const org = data.organisations[o]!;
    return { o, org, saksmappeId: org.openCases[Math.floor(i / data.organisations.length) % org.openCases.length]! };
  };
  const useCaseMs = await runConcurrent(total, clients, async (i) => {
    const { o, saksmappeId } = target(i);
    await registerJournalpost(archivists[o]!, saksmappeId, {
      journalposttype: 'I',
      tittel: `Henvendelse om byggesak nr ${i}`,
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Kari Nordmann' }],
    });
  });
  let t = performance.now();
  const queued = await catchUpSearchIndex(db);
  const catchUpMs = performance.now() - t;
  const aar = new Date().getFullYear();
  const bareMs = await runConcurrent(total, clients, async (i) => {
    const { o, org, saksmappeId } = target(i);
    const by = archivists[o]!.actor.brukerId;
    await db.transaction().execute(async (tx) => {
      const sak = await sql<{ nr: number }>`UPDATE saksmappe SET siste_journalpostnummer = siste_journalpostnummer + 1
        WHERE id = ${saksmappeId} RETURNING siste_journalpostnummer AS nr`.execute(tx);
      await sql`INSERT INTO nummerserie (organisasjon_id, serie, aar, siste) VALUES (${org.id}, 'journalpost', ${aar}, 0)
        ON CONFLICT DO NOTHING`.execute(tx);
      const lop = await sql<{ nr: number }>`UPDATE nummerserie SET siste = siste + 1
        WHERE organisasjon_id = ${org.id} AND serie = 'journalpost' AND aar = ${aar} RETURNING siste AS nr`.execute(tx);
      const jp = await sql<{ id: string }>`INSERT INTO journalpost (organisasjon_id, saksmappe_id, registreringstype, journalaar,
          journalsekvensnummer, journalpostnummer, journalposttype, journalstatus, journaldato, tittel, mottatt_dato, opprettet_av)
        VALUES (${org.id}, ${saksmappeId}, 'journalpost', ${aar}, ${lop.rows[0]!.nr}, ${sak.rows[0]!.nr}, 'I', 'J', current_date,
          ${`Henvendelse om byggesak nr ${i}`}, now(), ${by}) RETURNING id`.execute(tx);
      await sql`INSERT INTO korrespondansepart (organisasjon_id, journalpost_id, korrespondanseparttype, navn, opprettet_av)
        VALUES (${org.id}, ${jp.rows[0]!.id}, 'EA', 'Kari Nordmann', ${by})`.execute(tx);
    });
  });
  t = performance.now();
  await catchUpSearchIndex(db);
  const bareCatchUpMs = performance.now() - t;
  return { useCase: (total / useCaseMs) * 1000, bare: (total / bareMs) * 1000, catchUpMs, queued, bareCatchUpMs };
}
