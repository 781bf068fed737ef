import type { Insertable, Updateable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { JournalpostTable, KorrespondansepartTable } from '../noark/tables.js';

/** Journalpost, arkivnotat and korrespondansepart: the only SQL of records. */
export const journalpostRepository = {
  insert(tx: Tx, row: Insertable<JournalpostTable>) {
    return tx.insertInto('journalpost').values(row).returningAll().executeTakeFirstOrThrow();
  },

  find(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('journalpost').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  /** Reads the record and locks its row, so concurrent changes to it queue. */
  findForUpdate(tx: Tx, orgId: string, id: string) {
    return tx
      .selectFrom('journalpost')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  },

  update(tx: Tx, orgId: string, id: string, patch: Updateable<JournalpostTable>) {
    return tx
      .updateTable('journalpost')
      .set(patch)
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  listForSaksmappe(tx: Tx, orgId: string, saksmappeId: string) {
    return tx
      .selectFrom('journalpost')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('saksmappe_id', '=', saksmappeId)
      .orderBy('journalpostnummer')
      .execute();
  },

  insertKorrespondansepart(tx: Tx, row: Insertable<KorrespondansepartTable>) {
    return tx.insertInto('korrespondansepart').values(row).returningAll().executeTakeFirstOrThrow();
  },

  listKorrespondanseparter(tx: Tx, orgId: string, journalpostIds: readonly string[]) {
    if (journalpostIds.length === 0) return Promise.resolve([]);
    return tx
      .selectFrom('korrespondansepart')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', 'in', journalpostIds)
      .orderBy('opprettet_dato')
      .orderBy('id')
      .execute();
  },

  findKorrespondansepart(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('korrespondansepart').selectAll().where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  /** Records whose documents are not all finalised (dokumentstatus F), for the «documents finalised» condition. */
  async withUnfinishedDocuments(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<Set<string>> {
    if (journalpostIds.length === 0) return new Set();
    const rows = await tx
      .selectFrom('dokumentbeskrivelse')
      .select('journalpost_id')
      .distinct()
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', 'in', journalpostIds)
      .where('dokumentstatus', '<>', 'F')
      .execute();
    return new Set(rows.map((r) => r.journalpost_id));
  },
};
