import { sql, type AliasedRawBuilder, type RawBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { SaksmappeSekundaerklasseTable, SaksmappeTable } from '../noark/tables.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, saksmappeAccessSql } from '../tilgang/read-rule-sql.js';
import { filterSql, orderSql } from '../../db/odata-sql.js';
import type { BoundFilter, BoundOrder } from '../noark5-api/odata/bind-filter.js';

export interface SaksmappeFilter {
  saksstatus?: string | undefined;
  administrativEnhetId?: string | undefined;
  saksansvarligId?: string | undefined;
  saksaar?: number | undefined;
  arkivdelId?: string | undefined;
  /** Only cases not yet closed or void (krav 6.2.8: the open cases of a part in overlap). */
  aapne?: boolean | undefined;
  /** A checked OData query (Noark 5 API) over SAKSMAPPE_QUERY_FIELDS: its keys are this table's columns. */
  query?: { where?: BoundFilter | undefined; orderBy: BoundOrder[] } | undefined;
  limit: number;
  offset: number;
}

/** A secondary class of a case as its page shows it. */
export interface SekundaerklasseRow {
  klassifikasjonssystem_id: string;
  klasse_id: string | null;
  klasseverdi: string;
  tittel: string | null;
}

/** The row type `select` gives for columns aliased with `.as(name)`. */
type ColumnsOf<E extends readonly AliasedRawBuilder<unknown, string>[]> = {
  [K in E[number] as K extends AliasedRawBuilder<unknown, infer A> ? A : never]: K extends AliasedRawBuilder<infer T, string> ? T : never;
};

/** Saksmappe and its classification: the only SQL of cases. Every query is keyed by organisation. */
export const saksmappeRepository = {
  insert(tx: Tx, row: Insertable<SaksmappeTable>) {
    return tx.insertInto('saksmappe').values(row).returningAll().executeTakeFirstOrThrow();
  },

  find(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('saksmappe').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  /**
   * A case with `extra` columns a use case adds to its first query (who
   * reads, what the change rule needs), so they cost no round trip apart.
   */
  findWith<E extends readonly AliasedRawBuilder<unknown, string>[]>(tx: Tx, orgId: string, id: string, extra: E) {
    return tx
      .selectFrom('saksmappe as s')
      .selectAll('s')
      .select(extra as unknown as AliasedRawBuilder<unknown, 'extra'>[])
      .where('s.organisasjon_id', '=', orgId)
      .where('s.id', '=', id)
      .executeTakeFirst() as Promise<(Selectable<SaksmappeTable> & ColumnsOf<E>) | undefined>;
  },

  /**
   * A case with what its page shows of it beyond its own row, in the same
   * query: the names of its owner, closer and unit, its class's title and
   * system (else the archive part's primary system), its project, its
   * secondary classes, and how many records, parts, remarks, references and
   * precedents it has; and the `extra` columns of `findWith`.
   */
  findForPage<E extends readonly AliasedRawBuilder<unknown, string>[]>(tx: Tx, orgId: string, id: string, extra: E) {
    return saksmappeRepository.findWith(tx, orgId, id, [...casePageColumns(), ...extra] as const) as Promise<
      (Selectable<SaksmappeTable> & CasePageColumns & ColumnsOf<E>) | undefined
    >;
  },

  /** Reads the case and locks its row until the transaction ends, so concurrent changes queue. */
  findForUpdate(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('saksmappe').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  update(tx: Tx, orgId: string, id: string, patch: Updateable<SaksmappeTable>) {
    return tx
      .updateTable('saksmappe')
      .set(patch)
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /**
   * Takes the next journalpostnummer of a case. The UPDATE locks the case row,
   * so numbers within a case are gapless under concurrency; it returns the
   * status too, read under that lock, so a case closed meanwhile is seen.
   */
  takeNextJournalpostnummer(tx: Tx, orgId: string, id: string) {
    return tx
      .updateTable('saksmappe')
      .set((eb) => ({ siste_journalpostnummer: eb('siste_journalpostnummer', '+', 1) }))
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  },

  /**
   * A page of cases, each with the read rule's answer for `reader`
   * (full_tilgang), and how many there are, in one statement: the inner
   * query orders and counts the cases by their numbers only, and only the
   * page's rows are read whole, with names and the rule (a page past the
   * end, with no row to carry the count, counts apart).
   */
  async list(tx: Tx, orgId: string, f: SaksmappeFilter, reader: Reader) {
    let q = tx.selectFrom('saksmappe as s').where('s.organisasjon_id', '=', orgId);
    if (f.saksstatus) q = q.where('s.saksstatus', '=', f.saksstatus);
    if (f.administrativEnhetId) q = q.where('s.administrativ_enhet_id', '=', f.administrativEnhetId);
    if (f.saksansvarligId) q = q.where('s.saksansvarlig_id', '=', f.saksansvarligId);
    if (f.saksaar) q = q.where('s.saksaar', '=', f.saksaar);
    if (f.arkivdelId) q = q.where('s.arkivdel_id', '=', f.arkivdelId);
    if (f.aapne) q = q.where('s.saksstatus', 'not in', ['A', 'U']);
    const column = (key: string) => sql.ref(`s.${key}`);
    if (f.query?.where) q = q.where(filterSql(f.query.where, column, fullAccessSql(reader, saksmappeAccessSql('s'))));
    // The asked order first, then the newest case number, in the page and in the rows read whole alike.
    const ordered = <Q extends { orderBy(e: RawBuilder<unknown>): Q; orderBy(c: 's.saksaar' | 's.sakssekvensnummer', d: 'desc'): Q }>(
      query: Q,
    ) =>
      orderSql(f.query?.orderBy ?? [], column)
        .reduce((acc, term) => acc.orderBy(term), query)
        .orderBy('s.saksaar', 'desc')
        .orderBy('s.sakssekvensnummer', 'desc');
    const page = ordered(q.select(['s.id', sql<number>`count(*) OVER ()`.as('total')]))
      .limit(f.limit)
      .offset(f.offset);
    const read = tx
      .selectFrom(page.as('p'))
      .innerJoin('saksmappe as s', (join) => join.onRef('s.id', '=', 'p.id').on('s.organisasjon_id', '=', orgId))
      .leftJoin('administrativ_enhet as e', 'e.id', 's.administrativ_enhet_id')
      .leftJoin('bruker as b', 'b.id', 's.saksansvarlig_id')
      .selectAll('s')
      .select(['e.navn as enhet_navn', 'b.navn as saksansvarlig_navn', 'p.total'])
      .select(fullAccessSql(reader, saksmappeAccessSql('s')).as('full_tilgang'));
    const rows = await ordered(read).execute();
    const total =
      rows[0]?.total ?? (f.offset === 0 ? 0 : (await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { items: rows.map(({ total: _, ...row }) => row), total: Number(total) };
  },

  async replaceSekundaerklasser(tx: Tx, orgId: string, saksmappeId: string, rows: Insertable<SaksmappeSekundaerklasseTable>[]) {
    await tx.deleteFrom('saksmappe_sekundaerklasse').where('organisasjon_id', '=', orgId).where('saksmappe_id', '=', saksmappeId).execute();
    if (rows.length > 0) await tx.insertInto('saksmappe_sekundaerklasse').values(rows).execute();
  },

  /**
   * What the closing conditions need to know of the case's records
   * (journalposter and arkivnotater), counted in the database whatever
   * their number: how many are not finished (J, A or U), how many not void.
   */
  async recordStatusCounts(tx: Tx, orgId: string, saksmappeId: string) {
    const row = await tx
      .selectFrom('journalpost')
      .select([
        sql<number>`count(*) FILTER (WHERE journalstatus NOT IN ('J', 'A', 'U'))`.as('unfinished'),
        sql<number>`count(*) FILTER (WHERE journalstatus <> 'U')`.as('active'),
      ])
      .where('organisasjon_id', '=', orgId)
      .where('saksmappe_id', '=', saksmappeId)
      .executeTakeFirstOrThrow();
    return { unfinished: Number(row.unfinished), active: Number(row.active) };
  },

  async ensureProsjekt(tx: Tx, orgId: string, navn: string) {
    await tx
      .insertInto('prosjekt')
      .values({ organisasjon_id: orgId, navn })
      .onConflict((oc) => oc.columns(['organisasjon_id', 'navn']).doNothing())
      .execute();
    return tx
      .selectFrom('prosjekt')
      .select(['id', 'navn'])
      .where('organisasjon_id', '=', orgId)
      .where('navn', '=', navn)
      .executeTakeFirstOrThrow();
  },
};

/** What the case page shows of a case beyond its own row, as columns of the case's query (`findForPage`). */
function casePageColumns() {
  const count = (table: string, column: string) =>
    sql<number>`(SELECT count(*) FROM ${sql.table(table)} x WHERE x.organisasjon_id = s.organisasjon_id AND ${sql.ref(`x.${column}`)} = s.id)`;
  return [
    sql<string | null>`(SELECT b.navn FROM bruker b WHERE b.id = s.saksansvarlig_id)`.as('saksansvarlig_navn'),
    sql<string | null>`(SELECT b.navn FROM bruker b WHERE b.id = s.avsluttet_av)`.as('avsluttet_av_navn'),
    sql<
      string | null
    >`(SELECT e.navn FROM administrativ_enhet e WHERE e.organisasjon_id = s.organisasjon_id AND e.id = s.administrativ_enhet_id)`.as(
      'enhet_navn',
    ),
    sql<string | null>`(SELECT k.tittel FROM klasse k WHERE k.organisasjon_id = s.organisasjon_id AND k.id = s.primaer_klasse_id)`.as(
      'klasse_tittel',
    ),
    sql<string | null>`coalesce(
      (SELECT k.klassifikasjonssystem_id FROM klasse k WHERE k.organisasjon_id = s.organisasjon_id AND k.id = s.primaer_klasse_id),
      (SELECT l.klassifikasjonssystem_id FROM arkivdel_klassifikasjonssystem l
        WHERE l.organisasjon_id = s.organisasjon_id AND l.arkivdel_id = s.arkivdel_id AND l.primaer LIMIT 1))`.as('primaer_system_id'),
    sql<string | null>`(SELECT p.navn FROM prosjekt p WHERE p.organisasjon_id = s.organisasjon_id AND p.id = s.prosjekt_id)`.as(
      'prosjekt_navn',
    ),
    sql<SekundaerklasseRow[]>`(SELECT coalesce(json_agg(json_build_object('klassifikasjonssystem_id', x.klassifikasjonssystem_id,
        'klasse_id', x.klasse_id, 'klasseverdi', x.klasseverdi, 'tittel', k.tittel) ORDER BY x.klasseverdi), '[]')
      FROM saksmappe_sekundaerklasse x LEFT JOIN klasse k ON k.id = x.klasse_id
      WHERE x.organisasjon_id = s.organisasjon_id AND x.saksmappe_id = s.id)`.as('sekundaerklasser'),
    count('journalpost', 'saksmappe_id').as('antall_journalposter'),
    count('part', 'saksmappe_id').as('antall_parter'),
    count('merknad', 'objekt_id').as('antall_merknader'),
    count('kryssreferanse', 'fra_id').as('antall_kryssreferanser'),
    count('presedens', 'saksmappe_id').as('antall_presedenser'),
  ] as const;
}

export type CasePageColumns = ColumnsOf<ReturnType<typeof casePageColumns>>;
