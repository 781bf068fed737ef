import type { Insertable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
import type { KryssreferanseTable, MerknadTable, PartTable, PresedensTable } from '../noark/tables.js';

/** Secondary objects of cases and records: part, merknad, kryssreferanse, presedens. */
export const relationsRepository = {
  insertPart(tx: Tx, row: Insertable<PartTable>) {
    return tx.insertInto('part').values(row).returningAll().executeTakeFirstOrThrow();
  },

  listParter(tx: Tx, orgId: string, saksmappeId: string, page: Window) {
    return tx
      .selectFrom('part')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('saksmappe_id', '=', saksmappeId)
      .orderBy('opprettet_dato')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  },

  insertMerknad(tx: Tx, row: Insertable<MerknadTable>) {
    return tx.insertInto('merknad').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** The remarks of some objects (the records of one page), or a window of one object's remarks. */
  listMerknader(tx: Tx, orgId: string, objektIds: readonly string[], page?: Window) {
    if (objektIds.length === 0) return Promise.resolve([]);
    let q = tx
      .selectFrom('merknad as m')
      .leftJoin('bruker as b', 'b.id', 'm.merknad_registrert_av')
      .selectAll('m')
      .select('b.navn as registrert_av_navn')
      .where('m.organisasjon_id', '=', orgId)
      .where('m.objekt_id', 'in', objektIds)
      .orderBy('m.merknadsdato')
      .orderBy('m.id');
    if (page) q = q.limit(page.limit).offset(page.offset);
    return q.execute();
  },

  insertKryssreferanse(tx: Tx, row: Insertable<KryssreferanseTable>) {
    return tx.insertInto('kryssreferanse').values(row).returningAll().executeTakeFirstOrThrow();
  },

  listKryssreferanser(tx: Tx, orgId: string, fraId: string, page: Window) {
    return tx
      .selectFrom('kryssreferanse')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('fra_id', '=', fraId)
      .orderBy('opprettet_dato')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  },

  insertPresedens(tx: Tx, row: Insertable<PresedensTable>) {
    return tx.insertInto('presedens').values(row).returningAll().executeTakeFirstOrThrow();
  },

  listPresedenser(tx: Tx, orgId: string, saksmappeId: string, page: Window) {
    return tx
      .selectFrom('presedens')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('saksmappe_id', '=', saksmappeId)
      .orderBy('presedens_dato')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  },

  /** Whether a cross-reference target exists in the organisation. */
  async targetExists(tx: Tx, orgId: string, type: 'saksmappe' | 'journalpost' | 'klasse', id: string): Promise<boolean> {
    const row = await tx.selectFrom(type).select('id').where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  },
};
