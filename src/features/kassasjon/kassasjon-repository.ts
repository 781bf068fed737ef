import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, saksmappeAccessSql } from '../tilgang/read-rule-sql.js';
import type { Source } from './domain/arv.js';
import type { Kassasjon, KassasjonArv, KassasjonNivaa, StoredKassasjon } from './domain/kassasjon.js';

/* Disposal's SQL (krav 6.1, migration 0080). Every query takes the organisation. */

const KASSASJON_COLUMNS = ['kassasjonsvedtak', 'kassasjonshjemmel', 'bevaringstid'] as const;

/** The stored disposal columns of a row aliased `a` (with its date where the level has one). */
const kassasjonOf = (row: Record<string, unknown>, prefix: string): StoredKassasjon => ({
  kassasjonsvedtak: row[`${prefix}kassasjonsvedtak`] as string | null,
  kassasjonshjemmel: row[`${prefix}kassasjonshjemmel`] as string | null,
  bevaringstid: row[`${prefix}bevaringstid`] as number | null,
  kassasjonsdato: (row[`${prefix}kassasjonsdato`] as string | null | undefined) ?? null,
});

const sourceOf = (row: Record<string, unknown>, prefix: string): Source | null =>
  row[`${prefix}arv`] === null || row[`${prefix}arv`] === undefined
    ? null
    : { ...kassasjonOf(row, prefix), kassasjonsdato: null, kassasjon_arv: row[`${prefix}arv`] as string };

/** An object with its parents' disposal metadata: what inheritance is resolved from. */
export interface Chain {
  own: StoredKassasjon;
  journalpost?: StoredKassasjon;
  saksmappe?: StoredKassasjon;
  arkivdel: Source | null;
  klasse: Source | null;
  /** The case's closing date (Oslo), for the computed disposal date. */
  avsluttetDato: string | null;
  arv?: string;
}

export interface DueFilter {
  orgId: string;
  today: string;
  kassasjonsdatoFra: string | null;
  kassasjonsdatoTil: string;
  kassasjonsvedtak: string;
  administrativEnhetId: string | null;
  journalenhet: string | null;
  arkivdelId: string | null;
}

export interface DueRow {
  id: string;
  saksaar: number;
  sakssekvensnummer: number;
  tittel: string;
  full_tilgang: boolean;
  opprettet_dato: Date;
  kassasjonsvedtak: string;
  kassasjonshjemmel: string | null;
  bevaringstid: number | null;
  kassasjonsdato: string;
  kilde: string;
  enhet_id: string;
  enhet_navn: string;
  journalenhet: string | null;
  arkivdel_id: string;
  arkivdel_kortnavn: string;
  arkivdel_tittel: string;
  arkiv_id: string;
  arkivperiode_start_dato: string | null;
  arkivperiode_slutt_dato: string | null;
  klasse_id: string | null;
  klasse_tittel: string | null;
  rettslig_hold: string | null;
  uttrukket: boolean;
  total: number | string;
}

/**
 * The SQL twin of `effectiveForCase` (domain/arv.ts) over a case `s`, its
 * part `d` and its class `k`: which level's decision holds, and the columns
 * from it. The disposal date: one set by hand on the case, else its closing
 * date in Oslo plus the retention period.
 */
const KILDE = sql`CASE WHEN s.kassasjonsvedtak IS NOT NULL THEN 'egen'
  WHEN d.kassasjonsvedtak IS NOT NULL AND d.kassasjon_arv <> 'av' THEN 'arkivdel'
  WHEN k.kassasjonsvedtak IS NOT NULL AND k.kassasjon_arv <> 'av' THEN 'klasse' END`;
const pick = (column: string) =>
  sql`CASE e.kilde WHEN 'egen' THEN s.${sql.ref(column)} WHEN 'arkivdel' THEN d.${sql.ref(column)} WHEN 'klasse' THEN k.${sql.ref(column)} END`;

function dueFrom(f: DueFilter) {
  const conditions = [
    sql`s.organisasjon_id = ${f.orgId}`,
    sql`s.saksstatus = 'A'`,
    sql`s.kassert_dato IS NULL`,
    sql`x.kassasjonsvedtak = ${f.kassasjonsvedtak}`,
    sql`x.kassasjonsdato <= ${f.kassasjonsdatoTil}::date`,
  ];
  if (f.kassasjonsdatoFra) conditions.push(sql`x.kassasjonsdato >= ${f.kassasjonsdatoFra}::date`);
  if (f.administrativEnhetId) conditions.push(sql`s.administrativ_enhet_id = ${f.administrativEnhetId}`);
  if (f.journalenhet) conditions.push(sql`s.journalenhet = ${f.journalenhet}`);
  if (f.arkivdelId) conditions.push(sql`s.arkivdel_id = ${f.arkivdelId}`);
  return sql`saksmappe s
    JOIN arkivdel d ON d.id = s.arkivdel_id AND d.organisasjon_id = s.organisasjon_id
    JOIN administrativ_enhet en ON en.id = s.administrativ_enhet_id
    LEFT JOIN klasse k ON k.id = s.primaer_klasse_id AND k.organisasjon_id = s.organisasjon_id
    CROSS JOIN LATERAL (SELECT ${KILDE} AS kilde) e
    CROSS JOIN LATERAL (SELECT ${pick('kassasjonsvedtak')} AS kassasjonsvedtak, ${pick('kassasjonshjemmel')} AS kassasjonshjemmel,
      ${pick('bevaringstid')} AS bevaringstid,
      coalesce(s.kassasjonsdato, ((s.avsluttet_dato AT TIME ZONE 'Europe/Oslo')::date
        + make_interval(years => ${pick('bevaringstid')}))::date) AS kassasjonsdato) x
    WHERE ${sql.join(conditions, sql` AND `)}`;
}

const TABLE: Record<KassasjonNivaa, KassasjonNivaa> = {
  arkivdel: 'arkivdel',
  klasse: 'klasse',
  saksmappe: 'saksmappe',
  journalpost: 'journalpost',
  dokumentbeskrivelse: 'dokumentbeskrivelse',
};

export const kassasjonRepository = {
  /** Sets (or with null clears) an object's own decision; false when no such object is in the organisation. */
  async setKassasjon(tx: Tx, orgId: string, nivaa: KassasjonNivaa, id: string, k: Kassasjon | null): Promise<boolean> {
    const values: Record<string, unknown> = Object.fromEntries(KASSASJON_COLUMNS.map((c) => [c, k ? k[c] : null] as const));
    if (nivaa !== 'arkivdel' && nivaa !== 'klasse') values.kassasjonsdato = k?.kassasjonsdato ?? null;
    const result = await tx
      .updateTable(TABLE[nivaa])
      .set(values)
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async setArv(tx: Tx, orgId: string, nivaa: 'arkivdel' | 'klasse', id: string, arv: KassasjonArv): Promise<void> {
    await tx.updateTable(nivaa).set({ kassasjon_arv: arv }).where('organisasjon_id', '=', orgId).where('id', '=', id).execute();
  },

  /** An object and its parents' disposal metadata, or undefined when it is not in the organisation. */
  async chainOf(tx: Tx, orgId: string, nivaa: KassasjonNivaa, id: string): Promise<Chain | undefined> {
    if (nivaa === 'arkivdel' || nivaa === 'klasse') {
      const row = await tx
        .selectFrom(nivaa)
        .select(['kassasjonsvedtak', 'kassasjonshjemmel', 'bevaringstid', 'kassasjon_arv'])
        .where('organisasjon_id', '=', orgId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { own: kassasjonOf(row, ''), arkivdel: null, klasse: null, avsluttetDato: null, arv: row.kassasjon_arv };
    }
    const where = nivaa === 'saksmappe' ? sql`s.id = ${id}` : nivaa === 'journalpost' ? sql`j.id = ${id}` : sql`o.id = ${id}`;
    const from =
      nivaa === 'saksmappe'
        ? sql`saksmappe s LEFT JOIN journalpost j ON false LEFT JOIN dokumentbeskrivelse o ON false`
        : nivaa === 'journalpost'
          ? sql`journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id LEFT JOIN dokumentbeskrivelse o ON false`
          : sql`dokumentbeskrivelse o JOIN journalpost j ON j.id = o.journalpost_id JOIN saksmappe s ON s.id = j.saksmappe_id`;
    const cols = (alias: string, prefix: string, withDate: boolean) =>
      sql.raw(
        [...KASSASJON_COLUMNS, ...(withDate ? ['kassasjonsdato'] : [])]
          .map((c) => `${alias}.${c}${c === 'kassasjonsdato' ? '::text' : ''} AS ${prefix}${c}`)
          .join(', '),
      );
    const result = await sql<Record<string, unknown>>`
      SELECT ${cols('s', 's_', true)}, ${cols('j', 'j_', true)}, ${cols('o', 'o_', true)},
        ${cols('d', 'd_', false)}, d.kassasjon_arv AS d_arv, ${cols('k', 'k_', false)}, k.kassasjon_arv AS k_arv,
        (s.avsluttet_dato AT TIME ZONE 'Europe/Oslo')::date::text AS avsluttet
      FROM ${from}
      JOIN arkivdel d ON d.id = s.arkivdel_id
      LEFT JOIN klasse k ON k.id = s.primaer_klasse_id
      WHERE s.organisasjon_id = ${orgId} AND ${where}`.execute(tx);
    const row = result.rows[0];
    if (!row) return undefined;
    const mine = { saksmappe: 's_', journalpost: 'j_', dokumentbeskrivelse: 'o_' }[nivaa];
    return {
      own: kassasjonOf(row, mine),
      journalpost: nivaa === 'dokumentbeskrivelse' ? kassasjonOf(row, 'j_') : undefined,
      saksmappe: nivaa === 'saksmappe' ? undefined : kassasjonOf(row, 's_'),
      arkivdel: sourceOf(row, 'd_'),
      klasse: sourceOf(row, 'k_'),
      avsluttetDato: row.avsluttet as string | null,
    };
  },

  /** What the disposal of a case asks of it besides its decision. */
  async caseState(tx: Tx, orgId: string, id: string) {
    return tx
      .selectFrom('saksmappe')
      .select(['id', 'arkivdel_id', 'saksstatus', 'rettslig_hold', 'kassert_dato'])
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** The documents of a case with their own and their record's decision, and which file store they are in. */
  async documentsOfCase(tx: Tx, orgId: string, saksmappeId: string) {
    const rows = await tx
      .selectFrom('dokumentbeskrivelse as o')
      .innerJoin('journalpost as j', 'j.id', 'o.journalpost_id')
      .select([
        'o.id',
        'o.personsensitiv',
        'o.kassert_dato',
        'o.kassasjonsvedtak as o_kassasjonsvedtak',
        'o.kassasjonshjemmel as o_kassasjonshjemmel',
        'o.bevaringstid as o_bevaringstid',
        'j.kassasjonsvedtak as j_kassasjonsvedtak',
        'j.kassasjonshjemmel as j_kassasjonshjemmel',
        'j.bevaringstid as j_bevaringstid',
      ])
      .where('o.organisasjon_id', '=', orgId)
      .where('j.saksmappe_id', '=', saksmappeId)
      .orderBy('j.journalpostnummer')
      .orderBy('o.dokumentnummer')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      personsensitiv: r.personsensitiv,
      kassert: r.kassert_dato !== null,
      own: kassasjonOf(r, 'o_'),
      journalpost: kassasjonOf(r, 'j_'),
    }));
  },

  /** Removes a document's file objects (kasser_dokument, 0080); the checksums whose content is no longer referred to. */
  async kasserDokument(tx: Tx, dokumentbeskrivelseId: string): Promise<string[]> {
    const result = await sql<{ sjekksum: string }>`SELECT kasser_dokument(${dokumentbeskrivelseId}::uuid) AS sjekksum`.execute(tx);
    return result.rows.map((r) => r.sjekksum);
  },

  async markCaseDisposed(tx: Tx, orgId: string, id: string, brukerId: string) {
    return tx
      .updateTable('saksmappe')
      .set({ kassert_dato: sql<Date>`now()`, kassert_av: brukerId })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .returning(['kassert_dato', 'kassert_av'])
      .executeTakeFirstOrThrow();
  },

  async setRettsligHold(tx: Tx, orgId: string, id: string, grunn: string | null): Promise<boolean> {
    const result = await tx
      .updateTable('saksmappe')
      .set({ rettslig_hold: grunn })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /**
   * A page of the cases due for disposal (the Kassasjonsliste, krav 6.1.28,
   * 6.1.29), ordered by disposal date, with its total, in one statement;
   * each title as the read rule lets `reader` see it.
   */
  async duePage(tx: Tx, f: DueFilter, reader: Reader, window: Window) {
    const full = fullAccessSql(reader, saksmappeAccessSql('s'));
    const result = await sql<DueRow>`
      SELECT s.id, s.saksaar, s.sakssekvensnummer, s.opprettet_dato, ${full} AS full_tilgang,
        CASE WHEN ${full} THEN s.tittel
          ELSE tilgang_offentlig_tittel('saksmappe', s.tittel, s.offentlig_tittel, s.tilgangskode, s.skjermede_tittelord) END AS tittel,
        x.kassasjonsvedtak, x.kassasjonshjemmel, x.bevaringstid, x.kassasjonsdato::text AS kassasjonsdato, e.kilde,
        en.id AS enhet_id, en.navn AS enhet_navn, s.journalenhet,
        d.id AS arkivdel_id, d.kortnavn AS arkivdel_kortnavn, d.tittel AS arkivdel_tittel, d.arkiv_id,
        d.arkivperiode_start_dato::text AS arkivperiode_start_dato, d.arkivperiode_slutt_dato::text AS arkivperiode_slutt_dato,
        k.klasse_id, k.tittel AS klasse_tittel, s.rettslig_hold,
        EXISTS (SELECT 1 FROM arkivuttrekk_arkivdel ua JOIN arkivuttrekk u ON u.id = ua.arkivuttrekk_id AND u.organisasjon_id = ua.organisasjon_id
          WHERE ua.organisasjon_id = s.organisasjon_id AND ua.arkivdel_id = d.id AND u.status = 'fullført' AND u.periode_fra IS NULL) AS uttrukket,
        count(*) OVER () AS total
      FROM ${dueFrom(f)}
      ORDER BY x.kassasjonsdato, s.saksaar, s.sakssekvensnummer
      LIMIT ${window.limit} OFFSET ${window.offset}`.execute(tx);
    const rows = result.rows;
    if (rows.length > 0 || window.offset === 0) return { rows, total: Number(rows[0]?.total ?? 0) };
    const count = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${dueFrom(f)}`.execute(tx);
    return { rows, total: Number(count.rows[0]!.n) };
  },
};
