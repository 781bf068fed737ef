import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { NamedKey } from './domain/map-units.js';
import type { DB } from '../../db/schema.js';
import type { Tx } from '../../db/tenant.js';

type Table = keyof DB;
export type IdTable =
  'arkiv' | 'arkivdel' | 'klassifikasjonssystem' | 'klasse' | 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse' | 'dokumentobjekt';

/**
 * What the old system named on an imported object (a key of NAMED: its
 * people and units, kept as text in uttrekk_import_objekt.opprinnelig), as
 * a scalar subquery on the row `alias` of table `type`; null for an object
 * made here. The export and the public journal write it before our own
 * (the import's stand-in user and top unit).
 */
export const opprinneligNavn = (type: IdTable, alias: string, key: NamedKey): RawBuilder<string | null> =>
  sql<string | null>`(SELECT uio.opprinnelig ->> ${sql.lit(key)} FROM uttrekk_import_objekt uio
    WHERE uio.organisasjon_id = ${sql.ref(`${alias}.organisasjon_id`)} AND uio.objekt_type = ${sql.lit(type)}
      AND uio.objekt_id = ${sql.ref(`${alias}.id`)} AND uio.opprinnelig ->> ${sql.lit(key)} IS NOT NULL LIMIT 1)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SQL of the extraction import (issue 17 item 6). Every query is keyed by the organisation. */
export const importRepository = {
  findRun(tx: Tx, org: string, pakkeSjekksum: string) {
    return tx
      .selectFrom('uttrekk_import')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('pakke_sjekksum', '=', pakkeSjekksum)
      .executeTakeFirst();
  },

  async startRun(tx: Tx, row: Insertable<DB['uttrekk_import']>) {
    return tx.insertInto('uttrekk_import').values(row).returningAll().executeTakeFirstOrThrow();
  },

  async setProgress(tx: Tx, org: string, id: string, enheterFerdig: number, ikkeKartlagt: Record<string, number>) {
    await tx
      .updateTable('uttrekk_import')
      .set({ enheter_ferdig: enheterFerdig, ikke_kartlagt: JSON.stringify(ikkeKartlagt) })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .execute();
  },

  async setProgressArkiv(tx: Tx, org: string, id: string, arkivId: string) {
    await tx
      .updateTable('uttrekk_import')
      .set({ arkiv_id: arkivId })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .where('arkiv_id', 'is', null)
      .execute();
  },

  async setEndringerFerdig(tx: Tx, org: string, id: string, endringerFerdig: number) {
    await tx
      .updateTable('uttrekk_import')
      .set({ endringer_ferdig: endringerFerdig })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .execute();
  },

  async finishRun(tx: Tx, org: string, id: string) {
    await tx
      .updateTable('uttrekk_import')
      .set({ status: 'fullført', fullfoert_dato: sql<Date>`now()` })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .execute();
  },

  /** Lets this transaction fill the historical arkivdel (migration 0082's guards read it). */
  async allowImportInto(tx: Tx, arkivdelId: string) {
    await sql`select set_config('saksgang.uttrekk_import', ${arkivdelId}, true)`.execute(tx);
  },

  async mapped(tx: Tx, org: string, importId: string, systemId: string): Promise<string | undefined> {
    const row = await tx
      .selectFrom('uttrekk_import_objekt')
      .select('objekt_id')
      .where('organisasjon_id', '=', org)
      .where('import_id', '=', importId)
      .where('system_id', '=', systemId)
      .executeTakeFirst();
    return row?.objekt_id;
  },

  async mappedMany(tx: Tx, org: string, importId: string, systemIds: string[]) {
    if (systemIds.length === 0) return new Map<string, { objekt_type: string; objekt_id: string }>();
    const rows = await tx
      .selectFrom('uttrekk_import_objekt')
      .select(['system_id', 'objekt_type', 'objekt_id'])
      .where('organisasjon_id', '=', org)
      .where('import_id', '=', importId)
      .where('system_id', 'in', systemIds)
      .execute();
    return new Map(rows.map((r) => [r.system_id, { objekt_type: r.objekt_type, objekt_id: r.objekt_id }]));
  },

  async addMappings(tx: Tx, rows: Insertable<DB['uttrekk_import_objekt']>[]) {
    if (rows.length > 0)
      await tx
        .insertInto('uttrekk_import_objekt')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .execute();
  },

  /**
   * Our ids for the package's systemIDs: the systemID itself when it is a
   * UUID no row of `table` has in any organisation (uttrekk_ledige_id,
   * migration 0082), else the caller makes a new one.
   */
  async freeIds(tx: Tx, table: IdTable, candidates: readonly string[]): Promise<Set<string>> {
    const uuids = [...new Set(candidates.filter((c) => UUID.test(c)).map((c) => c.toLowerCase()))];
    if (uuids.length === 0) return new Set();
    const free = await sql<{ id: string }>`select i::text as id from uttrekk_ledige_id(${table}, ${uuids}::uuid[]) as i`.execute(tx);
    return new Set(free.rows.map((r) => r.id));
  },

  async insert<T extends Table>(tx: Tx, table: T, rows: Insertable<DB[T]>[]) {
    if (rows.length === 0) return;
    // Chunks keep each statement well below the parameter limit.
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insertInto(table)
        .values(rows.slice(i, i + 500) as never)
        .execute();
    }
  },

  /** The organisation's top unit: the imported cases' administrative unit (the original is kept in the text fields). */
  async topUnit(tx: Tx, org: string) {
    return tx
      .selectFrom('administrativ_enhet')
      .select('id')
      .where('organisasjon_id', '=', org)
      .where('overordnet_enhet_id', 'is', null)
      .orderBy('opprettet_dato')
      .orderBy('id')
      .executeTakeFirst();
  },

  /** Years of a number series in which the organisation has numbered itself. */
  async numberedYears(tx: Tx, org: string, serie: 'saksmappe' | 'journalpost', years: number[]) {
    if (years.length === 0) return [];
    const rows = await tx
      .selectFrom('nummerserie')
      .select('aar')
      .where('organisasjon_id', '=', org)
      .where('serie', '=', serie)
      .where('aar', 'in', years)
      .where('siste', '>', 0)
      .execute();
    return rows.map((r) => r.aar);
  },

  /**
   * Moves the organisation's counters past the imported numbers, year by
   * year, so a number the old system gave is never given again. Counters
   * only go up (0008's guard); an imported year had no counter of its own
   * (checked before the import), so this only creates or raises.
   */
  async raiseCounters(tx: Tx, org: string, arkivdelIds: string[]) {
    if (arkivdelIds.length === 0) return;
    await sql`
      insert into nummerserie (organisasjon_id, serie, aar, siste)
      select ${org}::uuid, 'saksmappe', saksaar, max(sakssekvensnummer) from saksmappe
       where organisasjon_id = ${org}::uuid and arkivdel_id = any(${arkivdelIds}::uuid[]) group by saksaar
      union all
      select ${org}::uuid, 'journalpost', j.journalaar, max(j.journalsekvensnummer) from journalpost j
        join saksmappe s on s.id = j.saksmappe_id
       where j.organisasjon_id = ${org}::uuid and s.arkivdel_id = any(${arkivdelIds}::uuid[]) and j.journalaar is not null
       group by j.journalaar
      on conflict (organisasjon_id, serie, aar) do update set siste = greatest(nummerserie.siste, excluded.siste)`.execute(tx);
  },

  async arkivdelerOf(tx: Tx, org: string, importId: string) {
    const rows = await tx
      .selectFrom('uttrekk_import_objekt')
      .select('objekt_id')
      .where('organisasjon_id', '=', org)
      .where('import_id', '=', importId)
      .where('objekt_type', '=', 'arkivdel')
      .execute();
    return rows.map((r) => r.objekt_id);
  },
};
