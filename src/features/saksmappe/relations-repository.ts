import type { Insertable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import { inWindow, rankWithin } from '../../db/rank-within.js';
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

  findPart(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('part').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  insertMerknad(tx: Tx, row: Insertable<MerknadTable>) {
    return tx.insertInto('merknad').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** A window of one object's remarks, oldest first. */
  listMerknader(tx: Tx, orgId: string, objektId: string, page: Window) {
    return merknaderWithNames(tx, orgId)
      .where('m.objekt_id', '=', objektId)
      .orderBy('m.merknadsdato')
      .orderBy('m.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  },

  /** The same window of the remarks of each of several objects (the records of a case page), in one statement. */
  listMerknaderOfEach(tx: Tx, orgId: string, objektIds: readonly string[], page: Window) {
    if (objektIds.length === 0) return Promise.resolve([]);
    const ranks = inWindow(page);
    const ranked = tx
      .selectFrom('merknad')
      .selectAll()
      .select(rankWithin('objekt_id', ['merknadsdato', 'id']).as('rang'))
      .where('organisasjon_id', '=', orgId)
      .where('objekt_id', 'in', objektIds);
    return tx
      .selectFrom(ranked.as('m'))
      .leftJoin('bruker as b', 'b.id', 'm.merknad_registrert_av')
      .selectAll('m')
      .select('b.navn as registrert_av_navn')
      .where('m.rang', '>', ranks.after)
      .where('m.rang', '<=', ranks.upTo)
      .orderBy('m.objekt_id')
      .orderBy('m.rang')
      .execute();
  },

  /** One remark, with whose object it is and who wrote it. */
  findMerknad(tx: Tx, orgId: string, id: string) {
    return merknaderWithNames(tx, orgId).where('m.id', '=', id).executeTakeFirst();
  },

  insertKryssreferanse(tx: Tx, row: Insertable<KryssreferanseTable>) {
    return tx.insertInto('kryssreferanse').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** A window of an object's cross references, each with its target's number. */
  listKryssreferanser(tx: Tx, orgId: string, fraId: string, page: Window) {
    return kryssreferanserWithTargets(tx, orgId)
      .where('k.fra_id', '=', fraId)
      .orderBy('k.opprettet_dato')
      .orderBy('k.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  },

  findKryssreferanse(tx: Tx, orgId: string, id: string) {
    return kryssreferanserWithTargets(tx, orgId).where('k.id', '=', id).executeTakeFirstOrThrow();
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

/**
 * Cross references with what names their target: a case's year and
 * sequence number, a record's and its case's, a class's ordningsverdi
 * (numbers, not titles: a title may be screened, a number never is).
 */
function kryssreferanserWithTargets(tx: Tx, orgId: string) {
  return tx
    .selectFrom('kryssreferanse as k')
    .leftJoin('saksmappe as s', 's.id', 'k.til_id')
    .leftJoin('journalpost as j', 'j.id', 'k.til_id')
    .leftJoin('saksmappe as js', 'js.id', 'j.saksmappe_id')
    .leftJoin('klasse as kl', 'kl.id', 'k.til_id')
    .selectAll('k')
    .select(['s.saksaar', 's.sakssekvensnummer', 'j.journalpostnummer', 'kl.klasse_id as ordningsverdi'])
    .select(['js.saksaar as journalpost_saksaar', 'js.sakssekvensnummer as journalpost_sakssekvensnummer'])
    .where('k.organisasjon_id', '=', orgId);
}

/** Remarks with the name of who wrote them. */
function merknaderWithNames(tx: Tx, orgId: string) {
  return tx
    .selectFrom('merknad as m')
    .leftJoin('bruker as b', 'b.id', 'm.merknad_registrert_av')
    .selectAll('m')
    .select('b.navn as registrert_av_navn')
    .where('m.organisasjon_id', '=', orgId);
}
