import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
import { awaitingPartsSql } from '../oppgaver/restanse-sql.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, journalpostAccessSql } from '../tilgang/read-rule-sql.js';
import type { ReportScope } from './domain/report-scope.js';

/** Which backlog: whose (the scope), up to which journal date, and (the due list) up to which due date. */
export interface BacklogQuery {
  orgId: string;
  scope: ReportScope;
  /** Leave out records journalført after this date (the last N weeks). */
  journaldatoTil: string | null;
  /** The due list: only records due on or before this date. */
  forfallTil: string | null;
}

export interface BacklogRow {
  id: string;
  saksmappe_id: string;
  saksaar: number;
  sakssekvensnummer: number;
  journalpostnummer: number;
  journalposttype: string;
  journalstatus: string;
  journaldato: string;
  forfallsdato: string | null;
  tittel: string;
  full_tilgang: boolean;
  enhet_id: string | null;
  enhet_navn: string | null;
  saksbehandler_id: string | null;
  saksbehandler_navn: string | null;
  total: number | string;
}

export interface BacklogGroup {
  enhet_id: string | null;
  enhet_navn: string | null;
  saksbehandler_id: string | null;
  saksbehandler_navn: string | null;
  antall: number | string;
  over_frist: number | string;
}

export interface MonthRow {
  saksbehandler_id: string | null;
  saksbehandler_navn: string | null;
  mottatt: number | string;
  avskrevet: number | string;
  restanser: number | string;
  over_frist: number | string;
}

/** Whose a row is: a person and a unit, as SQL. */
interface Owner {
  person: RawBuilder<unknown>;
  unit: RawBuilder<unknown>;
}

/**
 * A backlog part's owner (`awaitingPartsSql` aliased `p`): an N note's
 * internal recipient, or the record's case worker; its unit the recipient's
 * or the record's own, else its case's.
 */
const PART: Owner = { person: sql`p.saksbehandler_id`, unit: sql`coalesce(p.enhet_id, s.administrativ_enhet_id)` };
/** A record's owner: its case worker, and its unit (its own, else its case's). */
const RECORD: Owner = { person: sql`j.saksbehandler_id`, unit: sql`coalesce(j.administrativ_enhet_id, s.administrativ_enhet_id)` };
const uuids = (ids: readonly string[]) => sql`ARRAY[${sql.join(ids.map((id) => sql`${id}::uuid`))}]::uuid[]`;

function scopeSql(scope: ReportScope, owner: Owner = PART): RawBuilder<unknown> {
  const clauses: RawBuilder<unknown>[] = [];
  if (scope.kind === 'bruker') clauses.push(sql`${owner.person} = ${scope.brukerId}`);
  if (scope.kind === 'enheter') clauses.push(sql`${owner.unit} = ANY(${uuids(scope.enheter)})`);
  if (scope.kind === 'organisasjon' && scope.enhetId) clauses.push(sql`${owner.unit} = ${scope.enhetId}`);
  if (scope.kind !== 'bruker' && scope.saksbehandlerId) clauses.push(sql`${owner.person} = ${scope.saksbehandlerId}`);
  return clauses.length === 0 ? sql`true` : sql.join(clauses, sql` AND `);
}

/**
 * The backlog's rows: the parts of I and N records awaiting a write-off (the
 * one twin; an N note once per internal recipient, krav 3.4.6), each with
 * its owner, in scope and in the period.
 */
function backlogFrom(q: BacklogQuery): RawBuilder<unknown> {
  const dates: RawBuilder<unknown>[] = [];
  if (q.journaldatoTil) dates.push(sql`j.journaldato <= ${q.journaldatoTil}::date`);
  if (q.forfallTil) dates.push(sql`j.forfallsdato <= ${q.forfallTil}::date`);
  return sql`journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id AND s.organisasjon_id = j.organisasjon_id
    CROSS JOIN LATERAL ${awaitingPartsSql('j')} p
    LEFT JOIN administrativ_enhet e ON e.id = ${PART.unit} LEFT JOIN bruker b ON b.id = p.saksbehandler_id
    WHERE j.organisasjon_id = ${q.orgId} AND ${scopeSql(q.scope)}
    ${dates.length > 0 ? sql`AND ${sql.join(dates, sql` AND `)}` : sql``}`;
}

/** The backlog and due reports' SQL (issue 14 item 9). Titles by the read rule's SQL twin, per row. */
export const rapportRepository = {
  /**
   * A page of the backlog with its total, in one statement: the inner query
   * orders by unit, case worker and date (the due list: by due date) and
   * stops at the page; the page's rows are then read whole, each titled as
   * the read rule lets `reader` see it.
   */
  async page(tx: Tx, q: BacklogQuery, reader: Reader, window: Window) {
    const order = q.forfallTil
      ? sql`j.forfallsdato, j.journaldato, j.id, p.korrespondansepart_id`
      : sql`e.navn NULLS LAST, b.navn NULLS LAST, j.journaldato, j.id, p.korrespondansepart_id`;
    const full = fullAccessSql(reader, journalpostAccessSql('j', 's'));
    const result = await sql<BacklogRow>`
      WITH side AS (
        SELECT j.id, e.id AS enhet_id, b.id AS saksbehandler_id, row_number() OVER (ORDER BY ${order}) AS rn
        FROM ${backlogFrom(q)}
        ORDER BY ${order} LIMIT ${window.limit} OFFSET ${window.offset}
      )
      SELECT j.id, s.id AS saksmappe_id, s.saksaar, s.sakssekvensnummer, j.journalpostnummer, j.journalposttype,
        j.journalstatus, j.journaldato, j.forfallsdato::text AS forfallsdato, x.full_tilgang,
        CASE WHEN x.full_tilgang THEN j.tittel
          ELSE tilgang_offentlig_tittel('journalpost', j.tittel, j.offentlig_tittel, j.tilgangskode, j.skjermede_tittelord) END AS tittel,
        e.id AS enhet_id, e.navn AS enhet_navn, b.id AS saksbehandler_id, b.navn AS saksbehandler_navn,
        (SELECT count(*) FROM ${backlogFrom(q)}) AS total
      FROM side
      JOIN journalpost j ON j.id = side.id AND j.organisasjon_id = ${q.orgId}
      JOIN saksmappe s ON s.id = j.saksmappe_id AND s.organisasjon_id = ${q.orgId}
      LEFT JOIN administrativ_enhet e ON e.id = side.enhet_id
      LEFT JOIN bruker b ON b.id = side.saksbehandler_id
      CROSS JOIN LATERAL (SELECT ${full} AS full_tilgang) x
      ORDER BY side.rn`.execute(tx);
    const rows = result.rows;
    if (rows.length > 0 || window.offset === 0) return { rows, total: Number(rows[0]?.total ?? 0) };
    const count = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${backlogFrom(q)}`.execute(tx);
    return { rows, total: Number(count.rows[0]!.n) };
  },

  /** The backlog counted per unit and case worker, with how many are overdue on `today` (at most `cap` groups). */
  async groups(tx: Tx, q: BacklogQuery, today: string, cap: number) {
    const result = await sql<BacklogGroup>`
      SELECT e.id AS enhet_id, e.navn AS enhet_navn, b.id AS saksbehandler_id, b.navn AS saksbehandler_navn,
        count(*) AS antall, count(*) FILTER (WHERE j.forfallsdato < ${today}::date) AS over_frist
      FROM ${backlogFrom(q)}
      GROUP BY e.id, e.navn, b.id, b.navn
      ORDER BY e.navn NULLS LAST, b.navn NULLS LAST LIMIT ${cap}`.execute(tx);
    return result.rows;
  },

  /**
   * The leader's month (seed 001: «Leder sørger for å få avskrevet
   * restanser»): per case worker in scope, the I and N records received in
   * the month and those written off in it (by the record's case worker), the
   * parts still awaiting a write-off and how many of them are overdue (by
   * their owner: a note's internal recipient, else the case worker). One
   * statement.
   */
  async month(tx: Tx, orgId: string, scope: ReportScope, range: { fra: string; til: string }, today: string, cap: number) {
    const backlog = backlogFrom({ orgId, scope, journaldatoTil: null, forfallTil: null });
    const result = await sql<MonthRow>`
      WITH tall AS (
        SELECT j.saksbehandler_id AS bruker_id,
          count(*) FILTER (WHERE j.journaldato >= ${range.fra}::date) AS mottatt,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM avskrivning a WHERE a.organisasjon_id = j.organisasjon_id AND a.journalpost_id = j.id
            AND a.avskrivningsdato >= ${range.fra}::date AND a.avskrivningsdato < ${range.til}::date)) AS avskrevet,
          0 AS restanser, 0 AS over_frist
        FROM journalpost j
        JOIN saksmappe s ON s.id = j.saksmappe_id AND s.organisasjon_id = j.organisasjon_id
        WHERE j.organisasjon_id = ${orgId} AND j.journalposttype IN ('I', 'N') AND j.journalstatus <> 'U'
          AND j.journaldato < ${range.til}::date AND ${scopeSql(scope, RECORD)}
        GROUP BY j.saksbehandler_id
        UNION ALL
        SELECT p.saksbehandler_id, 0, 0, count(*), count(*) FILTER (WHERE j.forfallsdato < ${today}::date)
        FROM ${backlog} AND j.journaldato < ${range.til}::date
        GROUP BY p.saksbehandler_id
      )
      SELECT b.id AS saksbehandler_id, b.navn AS saksbehandler_navn, sum(t.mottatt) AS mottatt, sum(t.avskrevet) AS avskrevet,
        sum(t.restanser) AS restanser, sum(t.over_frist) AS over_frist
      FROM tall t LEFT JOIN bruker b ON b.id = t.bruker_id
      GROUP BY b.id, b.navn
      ORDER BY b.navn NULLS LAST LIMIT ${cap}`.execute(tx);
    return result.rows;
  },

  /** The archive's open case of the year's lists, by its title (the quarterly run stores each quarter's there). */
  async archiveCase(tx: Tx, orgId: string, tittel: string): Promise<string | undefined> {
    const row = await tx
      .selectFrom('saksmappe')
      .select('id')
      .where('organisasjon_id', '=', orgId)
      .where('tittel', '=', tittel)
      .where('saksstatus', '=', 'B')
      .orderBy('saksaar')
      .orderBy('sakssekvensnummer')
      .limit(1)
      .executeTakeFirst();
    return row?.id;
  },

  /** The units with a backlog in the period, for the quarterly run (at most `cap`). */
  async unitsWithBacklog(tx: Tx, q: BacklogQuery, cap: number) {
    const result = await sql<{ enhet_id: string; enhet_navn: string; antall: number | string }>`
      SELECT e.id AS enhet_id, e.navn AS enhet_navn, count(*) AS antall
      FROM ${backlogFrom(q)} AND e.id IS NOT NULL
      GROUP BY e.id, e.navn ORDER BY e.navn LIMIT ${cap}`.execute(tx);
    return result.rows;
  },
};
