import { sql, type Insertable, type Updateable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { SaksmappeSekundaerklasseTable, SaksmappeTable } from '../noark/tables.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, saksmappeAccessSql } from '../tilgang/read-rule-sql.js';

export interface SaksmappeFilter {
  saksstatus?: string | undefined;
  administrativEnhetId?: string | undefined;
  saksansvarligId?: string | undefined;
  saksaar?: number | undefined;
  arkivdelId?: string | undefined;
  limit: number;
  offset: number;
}

/** Saksmappe and its classification: the only SQL of cases. Every query is keyed by organisation. */
export const saksmappeRepository = {
  insert(tx: Tx, row: Insertable<SaksmappeTable>) {
    return tx.insertInto('saksmappe').values(row).returningAll().executeTakeFirstOrThrow();
  },

  find(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('saksmappe').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
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
      .returning(['siste_journalpostnummer', 'saksstatus', 'saksaar', 'sakssekvensnummer', 'arkivdel_id'])
      .executeTakeFirst();
  },

  /** A page of cases, each with the read rule's answer for `reader` (full_tilgang). */
  list(tx: Tx, orgId: string, f: SaksmappeFilter, reader: Reader) {
    let q = tx
      .selectFrom('saksmappe as s')
      .leftJoin('administrativ_enhet as e', 'e.id', 's.administrativ_enhet_id')
      .leftJoin('bruker as b', 'b.id', 's.saksansvarlig_id')
      .where('s.organisasjon_id', '=', orgId);
    if (f.saksstatus) q = q.where('s.saksstatus', '=', f.saksstatus);
    if (f.administrativEnhetId) q = q.where('s.administrativ_enhet_id', '=', f.administrativEnhetId);
    if (f.saksansvarligId) q = q.where('s.saksansvarlig_id', '=', f.saksansvarligId);
    if (f.saksaar) q = q.where('s.saksaar', '=', f.saksaar);
    if (f.arkivdelId) q = q.where('s.arkivdel_id', '=', f.arkivdelId);
    return Promise.all([
      q
        .selectAll('s')
        .select(['e.navn as enhet_navn', 'b.navn as saksansvarlig_navn'])
        .select(fullAccessSql(reader, saksmappeAccessSql('s')).as('full_tilgang'))
        .orderBy('s.saksaar', 'desc')
        .orderBy('s.sakssekvensnummer', 'desc')
        .limit(f.limit)
        .offset(f.offset)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]).then(([items, count]) => ({ items, total: Number(count.n) }));
  },

  listSekundaerklasser(tx: Tx, orgId: string, saksmappeId: string) {
    return tx
      .selectFrom('saksmappe_sekundaerklasse as s')
      .leftJoin('klasse as k', 'k.id', 's.klasse_id')
      .select(['s.klassifikasjonssystem_id', 's.klasse_id', 's.klasseverdi', 'k.tittel'])
      .where('s.organisasjon_id', '=', orgId)
      .where('s.saksmappe_id', '=', saksmappeId)
      .orderBy('s.klasseverdi')
      .execute();
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

  /** How many records, parts, remarks, cross references and precedents a case has: one query, counted in the database. */
  async countSubLists(tx: Tx, orgId: string, saksmappeId: string) {
    const row = await tx
      .selectNoFrom((eb) => {
        const count = (table: 'journalpost' | 'part' | 'presedens', column: 'saksmappe_id') =>
          eb
            .selectFrom(table)
            .select(eb.fn.countAll<number>().as('n'))
            .where('organisasjon_id', '=', orgId)
            .where(column, '=', saksmappeId);
        return [
          count('journalpost', 'saksmappe_id').as('journalposter'),
          count('part', 'saksmappe_id').as('parter'),
          count('presedens', 'saksmappe_id').as('presedenser'),
          eb
            .selectFrom('merknad')
            .select(eb.fn.countAll<number>().as('n'))
            .where('organisasjon_id', '=', orgId)
            .where('objekt_id', '=', saksmappeId)
            .as('merknader'),
          eb
            .selectFrom('kryssreferanse')
            .select(eb.fn.countAll<number>().as('n'))
            .where('organisasjon_id', '=', orgId)
            .where('fra_id', '=', saksmappeId)
            .as('kryssreferanser'),
        ];
      })
      .executeTakeFirstOrThrow();
    return {
      journalposter: Number(row.journalposter),
      parter: Number(row.parter),
      merknader: Number(row.merknader),
      kryssreferanser: Number(row.kryssreferanser),
      presedenser: Number(row.presedenser),
    };
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

  findProsjekt(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('prosjekt').select(['id', 'navn']).where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },
};
