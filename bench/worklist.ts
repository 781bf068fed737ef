import { sql } from 'kysely';
import { listArbeidsliste } from '../src/features/arbeidslister/list-arbeidsliste.js';
import type { Ctx } from '../src/shared/context.js';
import { explainWorklist } from './worklist-explain.js';
import type { BenchPage, Setup } from './pages.js';

/** Open records of one unit, each a task to answer for one of its case workers (issue 13: «a unit with 10,000 open records»). */
export const OPEN_RECORDS = 10_000;
const PAGE_SIZE = 50;

/**
 * Distributes up to OPEN_RECORDS incoming and internal (I, N) records of the
 * first organisation, the newest first, to its case worker as «Fordel» does
 * (the record's case worker, unit and due date; an open answer task), with
 * bulk SQL, untimed. The generated data closes most cases (only a third of
 * the last year's are open), so the chosen records' cases are opened and the
 * records journalført (J) again: the case worker's unit then has that many
 * open records. Returns how many the case worker has to answer.
 */
async function distribute(s: Setup, ctx: Ctx): Promise<number> {
  const org = ctx.role.organisasjonId;
  const me = ctx.actor.brukerId;
  // The status rule's trigger would refuse A → J: this is generated state, not a step, so triggers are off as in bulk-load.ts.
  await s.db.transaction().execute(async (tx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`WITH valgt AS (
      SELECT j.id, j.saksmappe_id FROM journalpost j
      WHERE j.organisasjon_id = ${org} AND j.journalposttype IN ('I', 'N')
        AND NOT EXISTS (SELECT 1 FROM oppgave o WHERE o.organisasjon_id = j.organisasjon_id AND o.journalpost_id = j.id AND o.oppgavetype = 'besvare')
      ORDER BY j.journaldato DESC, j.id LIMIT ${OPEN_RECORDS}),
    saker AS (UPDATE saksmappe s SET saksstatus = 'B' WHERE s.organisasjon_id = ${org} AND s.saksstatus <> 'B'
      AND s.id IN (SELECT saksmappe_id FROM valgt)),
    fordelt AS (UPDATE journalpost j SET journalstatus = 'J', saksbehandler_id = ${me}, administrativ_enhet_id = ${ctx.role.administrativEnhetId},
        forfallsdato = j.journaldato + 21
      FROM valgt WHERE j.organisasjon_id = ${org} AND j.id = valgt.id RETURNING j.organisasjon_id, j.saksmappe_id, j.id, j.forfallsdato)
    INSERT INTO oppgave (organisasjon_id, oppgavetype, mottaker_bruker_id, saksmappe_id, journalpost_id, frist, opprettet_av)
    SELECT organisasjon_id, 'besvare', ${me}, saksmappe_id, id, forfallsdato, ${me} FROM fordelt`.execute(tx);
  });
  await sql`ANALYZE oppgave`.execute(s.db);
  await sql`ANALYZE journalpost`.execute(s.db);
  const open = await sql<{ n: string | number }>`SELECT count(*) AS n FROM oppgave
    WHERE organisasjon_id = ${org} AND mottaker_bruker_id = ${me} AND oppgavetype = 'besvare' AND lukket_dato IS NULL`.execute(s.db);
  return Number(open.rows[0]!.n);
}

/**
 * The bare SQL of the same page: the same rows and columns, each titled by
 * the read rule written out by hand for a case worker (open code, one of the
 * people on the record or case, a copy to them, or one of their access
 * groups), in one statement without a transaction or role switch.
 */
function bare(s: Setup, ctx: Ctx, offset: number) {
  const org = ctx.role.organisasjonId;
  const me = ctx.actor.brukerId;
  const mine = sql`o.organisasjon_id = ${org} AND o.lukket_dato IS NULL AND o.mottaker_bruker_id = ${me} AND o.oppgavetype = 'besvare'`;
  return sql`
    WITH side AS (
      SELECT o.id, o.journalpost_id, o.saksmappe_id, o.frist, row_number() OVER (ORDER BY o.frist NULLS LAST, o.opprettet_dato, o.id) AS rn
      FROM oppgave o WHERE ${mine}
      ORDER BY o.frist NULLS LAST, o.opprettet_dato, o.id LIMIT ${PAGE_SIZE} OFFSET ${offset})
    SELECT side.id, o.oppgavetype, o.merknad, fra.navn AS fra_navn, o.opprettet_dato, s.id, s.saksaar, s.sakssekvensnummer, s.saksstatus,
      j.id, j.journalpostnummer, j.journalposttype, j.journalstatus, j.journaldato, x.full,
      CASE WHEN x.full THEN j.tittel ELSE tilgang_offentlig_tittel('journalpost', j.tittel, j.offentlig_tittel, j.tilgangskode, j.skjermede_tittelord) END,
      j.tilgangskode, side.frist::text, e.navn AS enhet_navn, b.navn AS saksbehandler_navn, (SELECT count(*) FROM oppgave o WHERE ${mine}) AS total
    FROM side JOIN journalpost j ON j.id = side.journalpost_id AND j.organisasjon_id = ${org}
    JOIN saksmappe s ON s.id = side.saksmappe_id AND s.organisasjon_id = ${org}
    JOIN oppgave o ON o.id = side.id AND o.organisasjon_id = ${org}
    LEFT JOIN bruker fra ON fra.id = o.opprettet_av
    LEFT JOIN bruker b ON b.id = j.saksbehandler_id
    LEFT JOIN administrativ_enhet e ON e.id = coalesce(j.administrativ_enhet_id, s.administrativ_enhet_id)
    CROSS JOIN LATERAL (SELECT j.tilgangskode IS NULL OR ${me}::uuid IN (j.opprettet_av, s.opprettet_av, s.saksansvarlig_id, j.saksbehandler_id)
      OR EXISTS (SELECT 1 FROM saksmappe_intern_kontakt k WHERE k.organisasjon_id = ${org} AND k.saksmappe_id = s.id AND k.bruker_id = ${me})
      OR EXISTS (SELECT 1 FROM oppgave c WHERE c.organisasjon_id = ${org} AND c.journalpost_id = j.id AND c.oppgavetype = 'kopi' AND c.mottaker_bruker_id = ${me})
      OR j.tilgangsgruppe_id IN (SELECT m.tilgangsgruppe_id FROM tilgangsgruppe_medlem m JOIN tilgangsgruppe g ON g.id = m.tilgangsgruppe_id
        WHERE m.organisasjon_id = ${org} AND m.bruker_id = ${me} AND g.aktiv) AS full) x
    ORDER BY side.rn`.execute(s.db);
}

/**
 * «Ubesvarte»: the case worker of the first organisation, given the open
 * records of their unit to answer, reads pages 1–20 (50 rows in due order,
 * with the total, titled by the read rule), against the bare SQL of the same
 * page. The organisation needs 2 × OPEN_RECORDS journalposter (half are I or
 * N) for the full figure (`--sizes 60000 --orgs 3`: the demo makes at least 3); with fewer it says
 * how many it measured.
 */
export const worklistPage: BenchPage = {
  name: `worklist (Ubesvarte, ${OPEN_RECORDS} open)`,
  async prepare(s) {
    const ctx = s.readers[0]![1] ?? s.readers[0]![0]!;
    const open = await distribute(s, ctx);
    if (open < OPEN_RECORDS)
      console.warn(`worklist: only ${open} open records (for ${OPEN_RECORDS} each organisation needs ${2 * OPEN_RECORDS} journalposter)`);
    if (process.env.BENCH_EXPLAIN) await explainWorklist(s, ctx, (tx) => bare({ ...s, db: tx }, ctx, 0));
    const side = (i: number) => 1 + (i % 20);
    return {
      useCase: (i) => listArbeidsliste(ctx, 'ubesvarte', { side: side(i), perSide: PAGE_SIZE }),
      bare: (i) => bare(s, ctx, (side(i) - 1) * PAGE_SIZE),
    };
  },
};
