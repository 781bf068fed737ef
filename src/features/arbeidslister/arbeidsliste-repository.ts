import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, journalpostAccessSql, saksmappeAccessSql } from '../tilgang/read-rule-sql.js';
import { awaitingPartsSql } from '../oppgaver/restanse-sql.js';
import type { Arbeidsliste } from './domain/worklists.js';

/** Whose lists: the organisation, the user, the unit a leader leads (null otherwise), today and the last red date. */
export interface ListOwner {
  orgId: string;
  brukerId: string;
  ledetEnhetId: string | null;
  today: string;
  redUpTo: string;
}

/** One list as SQL: its rows (task, record or case ids), their due date, and its order. */
interface ListSql {
  from: RawBuilder<unknown>;
  oppgave: RawBuilder<unknown>;
  journalpost: RawBuilder<unknown>;
  saksmappe: RawBuilder<unknown>;
  frist: RawBuilder<unknown>;
  order: RawBuilder<unknown>;
}

const NONE = sql`NULL::uuid`;

function openTasks(where: RawBuilder<unknown>, order: RawBuilder<unknown>, o: ListOwner): ListSql {
  return {
    from: sql`oppgave o WHERE o.organisasjon_id = ${o.orgId} AND o.lukket_dato IS NULL AND ${where}`,
    oppgave: sql`o.id`,
    journalpost: sql`o.journalpost_id`,
    saksmappe: sql`o.saksmappe_id`,
    frist: sql`o.frist`,
    order,
  };
}

function records(where: RawBuilder<unknown>, order: RawBuilder<unknown>, o: ListOwner): ListSql {
  return {
    from: sql`journalpost j WHERE j.organisasjon_id = ${o.orgId} AND ${where}`,
    oppgave: NONE,
    journalpost: sql`j.id`,
    saksmappe: sql`j.saksmappe_id`,
    frist: sql`j.forfallsdato`,
    order,
  };
}

function cases(where: RawBuilder<unknown>, order: RawBuilder<unknown>, o: ListOwner, frist = sql`NULL::date`): ListSql {
  return {
    from: sql`saksmappe s WHERE s.organisasjon_id = ${o.orgId} AND ${where}`,
    oppgave: NONE,
    journalpost: NONE,
    saksmappe: sql`s.id`,
    frist,
    order,
  };
}

/** Each worklist's rows (the indexes of migration 0045 serve them). */
const LISTS: Record<Arbeidsliste, (o: ListOwner) => ListSql> = {
  ubesvarte: (o) =>
    openTasks(sql`o.mottaker_bruker_id = ${o.brukerId} AND o.oppgavetype = 'besvare'`, sql`o.frist NULLS LAST, o.opprettet_dato, o.id`, o),
  'til-fordeling': (o) =>
    openTasks(sql`o.mottaker_enhet_id = ${o.ledetEnhetId} AND o.oppgavetype = 'fordele'`, sql`o.opprettet_dato, o.id`, o),
  kopier: (o) =>
    openTasks(
      sql`o.oppgavetype = 'kopi' AND (o.mottaker_bruker_id = ${o.brukerId} OR o.mottaker_enhet_id = ${o.ledetEnhetId})`,
      sql`o.opprettet_dato DESC, o.id`,
      o,
    ),
  'til-godkjenning': (o) =>
    openTasks(sql`o.mottaker_bruker_id = ${o.brukerId} AND o.oppgavetype IN ('godkjenne', 'gjennomgaa')`, sql`o.opprettet_dato, o.id`, o),
  'svar-fra-godkjenning': (o) =>
    openTasks(sql`o.mottaker_bruker_id = ${o.brukerId} AND o.oppgavetype = 'flytsvar'`, sql`o.opprettet_dato DESC, o.id`, o),
  'arkivets-ko': (o) => openTasks(sql`o.mottaker_bruker_id IS NULL AND o.mottaker_enhet_id IS NULL`, sql`o.opprettet_dato, o.id`, o),
  restanser: (o) =>
    records(
      // Mine: records I handle, and notes naming me as a recipient (krav 3.4.6) — each while my part awaits its write-off.
      sql`(j.saksbehandler_id = ${o.brukerId} OR j.id IN (SELECT k.journalpost_id FROM korrespondansepart k
          WHERE k.organisasjon_id = ${o.orgId} AND k.saksbehandler_id = ${o.brukerId} AND k.korrespondanseparttype = 'IM'))
        AND EXISTS (SELECT 1 FROM ${awaitingPartsSql('j')} p WHERE p.saksbehandler_id = ${o.brukerId})`,
      sql`j.forfallsdato NULLS LAST, j.journaldato, j.id`,
      o,
    ),
  // A failed try shows at once (the row says whether another comes); a later try that sends takes it off.
  'feilet-ekspedering': (o) =>
    records(
      sql`j.saksbehandler_id = ${o.brukerId}
        AND EXISTS (SELECT 1 FROM ekspedering e WHERE e.organisasjon_id = j.organisasjon_id AND e.journalpost_id = j.id AND e.status = 'feilet')`,
      sql`j.journaldato DESC, j.id`,
      o,
    ),
  midlertidige: (o) => records(sql`j.journalstatus = 'M'`, sql`j.journaldato, j.id`, o),
  'mine-saker': (o) =>
    cases(sql`s.saksansvarlig_id = ${o.brukerId} AND s.saksstatus IN ('R', 'B')`, sql`s.saksaar DESC, s.sakssekvensnummer DESC`, o),
  'obs-dato': (o) =>
    cases(
      sql`s.saksansvarlig_id = ${o.brukerId} AND s.obs_dato <= ${o.redUpTo}::date AND s.saksstatus NOT IN ('A', 'U')`,
      sql`s.obs_dato, s.id`,
      o,
      sql`s.obs_dato`,
    ),
  'nye-saker': (o) => cases(sql`s.saksstatus = 'R'`, sql`s.saksdato, s.id`, o),
  'til-journalforing': (o) => records(sql`j.journalstatus IN ('F', 'E')`, sql`j.journaldato, j.id`, o),
  'onskes-avsluttet': (o) => cases(sql`s.saksstatus = 'S'`, sql`s.saksdato, s.id`, o),
  // Access requests past their deadline and not answered (migration 0075's index of open requests by deadline).
  'forfalte-innsynskrav': (o) => ({
    from: sql`innsynskrav ik WHERE ik.organisasjon_id = ${o.orgId} AND ik.besvart_dato IS NULL AND ik.frist < ${o.today}::date`,
    oppgave: NONE,
    journalpost: sql`ik.journalpost_id`,
    saksmappe: sql`ik.saksmappe_id`,
    frist: sql`ik.frist`,
    order: sql`ik.frist, ik.id`,
  }),
};

export interface WorklistRow {
  oppgave_id: string | null;
  oppgavetype: string | null;
  merknad: string | null;
  fra_navn: string | null;
  opprettet_dato: Date | null;
  saksmappe_id: string;
  saksaar: number;
  sakssekvensnummer: number;
  saksstatus: string;
  journalpost_id: string | null;
  journalpostnummer: number | null;
  journalposttype: string | null;
  journalstatus: string | null;
  journaldato: string | null;
  tittel: string;
  tilgangskode: string | null;
  full_tilgang: boolean;
  /** An interim answer to the record was dispatched (seed 002 10.2.2: it stays in the list, marked). */
  forelopig_svar: boolean;
  frist: string | null;
  enhet_navn: string | null;
  saksbehandler_navn: string | null;
  /** The record is an access request: its decision page. */
  innsynskrav_id: string | null;
  total: number | string;
}

/** The worklists' SQL: a page of one list, and every list's count. */
export const arbeidslisteRepository = {
  /**
   * A page of a worklist with its total, in one statement: the inner query
   * orders the list by its own columns only and stops at the page (a
   * `count(*) OVER ()` there would buffer the whole list, 10,000 rows of a
   * busy case worker, for every page); the total is counted beside it; the
   * page's rows are then read whole, each titled by the read rule (the SQL
   * twin, copy recipients included): the title in full, or the public title.
   */
  async page(tx: Tx, liste: Arbeidsliste, owner: ListOwner, reader: Reader, window: Window) {
    const l = LISTS[liste](owner);
    const fullJ = fullAccessSql(reader, journalpostAccessSql('j', 's'));
    const fullS = fullAccessSql(reader, saksmappeAccessSql('s'));
    const full = sql<boolean>`CASE WHEN j.id IS NULL THEN ${fullS} ELSE ${fullJ} END`;
    const result = await sql<WorklistRow>`
      WITH side AS (
        SELECT ${l.oppgave} AS oppgave_id, ${l.journalpost} AS journalpost_id, ${l.saksmappe} AS saksmappe_id,
          ${l.frist} AS frist, row_number() OVER (ORDER BY ${l.order}) AS rn
        FROM ${l.from}
        ORDER BY ${l.order} LIMIT ${window.limit} OFFSET ${window.offset}
      )
      SELECT side.oppgave_id, o.oppgavetype,
        -- a case's row shows its OBS remark (seed 002 10.12: what to follow up)
        CASE WHEN side.journalpost_id IS NULL AND side.oppgave_id IS NULL THEN s.obs_merknad ELSE o.merknad END AS merknad, fra.navn AS fra_navn, o.opprettet_dato,
        s.id AS saksmappe_id, s.saksaar, s.sakssekvensnummer, s.saksstatus,
        j.id AS journalpost_id, j.journalpostnummer, j.journalposttype, j.journalstatus, j.journaldato,
        x.full_tilgang,
        CASE WHEN x.full_tilgang THEN coalesce(j.tittel, s.tittel)
          WHEN j.id IS NOT NULL THEN tilgang_offentlig_tittel('journalpost', j.tittel, j.offentlig_tittel, j.tilgangskode, j.skjermede_tittelord)
          ELSE tilgang_offentlig_tittel('saksmappe', s.tittel, s.offentlig_tittel, s.tilgangskode, s.skjermede_tittelord) END AS tittel,
        coalesce(j.tilgangskode, s.tilgangskode) AS tilgangskode,
        EXISTS (SELECT 1 FROM besvarelse bv JOIN journalpost sv ON sv.id = bv.svar_journalpost_id AND sv.organisasjon_id = bv.organisasjon_id
          WHERE bv.organisasjon_id = ${owner.orgId} AND bv.besvart_journalpost_id = j.id AND bv.svarmaate = 'forelopig'
            AND sv.journalstatus IN ('E', 'J', 'A')) AS forelopig_svar,
        side.frist::text AS frist, e.navn AS enhet_navn, b.navn AS saksbehandler_navn,
        (SELECT ik.id FROM innsynskrav ik WHERE ik.organisasjon_id = ${owner.orgId} AND ik.journalpost_id = j.id) AS innsynskrav_id,
        (SELECT count(*) FROM ${l.from}) AS total
      FROM side
      JOIN saksmappe s ON s.id = side.saksmappe_id AND s.organisasjon_id = ${owner.orgId}
      LEFT JOIN journalpost j ON j.id = side.journalpost_id AND j.organisasjon_id = ${owner.orgId}
      LEFT JOIN oppgave o ON o.id = side.oppgave_id AND o.organisasjon_id = ${owner.orgId}
      LEFT JOIN bruker fra ON fra.id = o.opprettet_av
      LEFT JOIN bruker b ON b.id = coalesce(j.saksbehandler_id, s.saksansvarlig_id)
      LEFT JOIN administrativ_enhet e ON e.id = coalesce(j.administrativ_enhet_id, s.administrativ_enhet_id)
      CROSS JOIN LATERAL (SELECT ${full} AS full_tilgang) x
      ORDER BY side.rn`.execute(tx);
    const rows = result.rows;
    if (rows.length > 0 || window.offset === 0) return { rows, total: Number(rows[0]?.total ?? 0) };
    const count = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${l.from}`.execute(tx);
    return { rows, total: Number(count.rows[0]!.n) };
  },

  /** How many rows each of `lists` has, in one statement (the start page). */
  async counts(tx: Tx, lists: readonly Arbeidsliste[], owner: ListOwner): Promise<Record<string, number>> {
    if (lists.length === 0) return {};
    const columns = lists.map((liste) => sql`(SELECT count(*) FROM ${LISTS[liste](owner).from}) AS ${sql.ref(liste)}`);
    const result = await sql<Record<string, number | string>>`SELECT ${sql.join(columns)}`.execute(tx);
    const row = result.rows[0]!;
    return Object.fromEntries(lists.map((l) => [l, Number(row[l])]));
  },
};
