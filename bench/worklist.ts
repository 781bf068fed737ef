import { sql } from 'kysely';
import { listArbeidsliste } from '../src/features/arbeidslister/list-arbeidsliste.js';
import type { BenchPage } from './pages.js';

/** Open records a case worker has to answer in the worklist figure (issue 13: «a unit with 10,000 open records»). */
export const OPEN_RECORDS = 10_000;
const PAGE_SIZE = 50;

/**
 * «Ubesvarte»: a case worker's first page (50) of open answer tasks in due
 * order, with the total, against the bare SQL of the same page without the
 * read rule. The case worker of the first organisation is given up to
 * 10,000 open tasks on its records (untimed, by bulk SQL); every sample reads
 * that list, a page at a time through the first 20 pages.
 */
export const worklistPage: BenchPage = {
  name: `worklist (Ubesvarte, ${OPEN_RECORDS} open)`,
  async prepare(s) {
    const ctx = s.readers[0]![1] ?? s.readers[0]![0]!;
    const org = ctx.role.organisasjonId;
    const me = ctx.actor.brukerId;
    await sql`INSERT INTO oppgave (organisasjon_id, oppgavetype, mottaker_bruker_id, saksmappe_id, journalpost_id, frist, opprettet_av)
      SELECT j.organisasjon_id, 'besvare', ${me}, j.saksmappe_id, j.id, j.journaldato + 21, ${me}
      FROM journalpost j WHERE j.organisasjon_id = ${org}
        AND NOT EXISTS (SELECT 1 FROM oppgave o WHERE o.organisasjon_id = j.organisasjon_id AND o.journalpost_id = j.id
          AND o.oppgavetype = 'besvare' AND o.lukket_dato IS NULL)
      ORDER BY j.id LIMIT ${OPEN_RECORDS}`.execute(s.db);
    await sql`ANALYZE oppgave`.execute(s.db);
    const side = (i: number) => 1 + (i % 20);
    return {
      async useCase(i) {
        await listArbeidsliste(ctx, 'ubesvarte', { side: side(i), perSide: PAGE_SIZE });
      },
      async bare(i) {
        await sql`
          WITH side AS (
            SELECT o.id, o.journalpost_id, o.saksmappe_id, o.frist, o.merknad, o.opprettet_av, o.opprettet_dato,
              row_number() OVER (ORDER BY o.frist NULLS LAST, o.opprettet_dato, o.id) AS rn, count(*) OVER () AS total
            FROM oppgave o
            WHERE o.organisasjon_id = ${org} AND o.lukket_dato IS NULL AND o.mottaker_bruker_id = ${me} AND o.oppgavetype = 'besvare'
            ORDER BY o.frist NULLS LAST, o.opprettet_dato, o.id LIMIT ${PAGE_SIZE} OFFSET ${(side(i) - 1) * PAGE_SIZE})
          SELECT side.*, j.tittel, j.journalpostnummer, j.journalposttype, j.journalstatus, j.journaldato,
            s.saksaar, s.sakssekvensnummer, s.saksstatus, fra.navn AS fra_navn, e.navn AS enhet_navn
          FROM side JOIN journalpost j ON j.id = side.journalpost_id AND j.organisasjon_id = ${org}
          JOIN saksmappe s ON s.id = side.saksmappe_id AND s.organisasjon_id = ${org}
          LEFT JOIN bruker fra ON fra.id = side.opprettet_av
          LEFT JOIN administrativ_enhet e ON e.id = coalesce(j.administrativ_enhet_id, s.administrativ_enhet_id)
          ORDER BY side.rn`.execute(s.db);
      },
    };
  },
};
