import { sql, type Insertable, type Updateable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
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

  /** A window of a case's records in number order. */
  listForSaksmappe(tx: Tx, orgId: string, saksmappeId: string, page: Window) {
    return tx
      .selectFrom('journalpost')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('saksmappe_id', '=', saksmappeId)
      .orderBy('journalpostnummer')
      .limit(page.limit)
      .offset(page.offset)
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

  /**
   * The kinds of journalført (J) records in a case, as the J → A transition
   * sees them: each record type, and whether all its documents are
   * finalised. At most ten rows, however many records the case has.
   */
  journalfoertKinds(tx: Tx, orgId: string, saksmappeId: string) {
    const unfinished = sql<boolean>`EXISTS (SELECT 1 FROM dokumentbeskrivelse d
      WHERE d.organisasjon_id = j.organisasjon_id AND d.journalpost_id = j.id AND d.dokumentstatus <> 'F')`;
    return tx
      .selectFrom('journalpost as j')
      .select(['j.journalposttype', unfinished.as('unfinished')])
      .distinct()
      .where('j.organisasjon_id', '=', orgId)
      .where('j.saksmappe_id', '=', saksmappeId)
      .where('j.journalstatus', '=', 'J')
      .execute();
  },

  /** Archives (J → A) every journalført record of a case in one statement; returns how many. */
  async archiveJournalfoert(tx: Tx, orgId: string, saksmappeId: string, by: { arkivert_dato: Date; arkivert_av: string }) {
    const result = await tx
      .updateTable('journalpost')
      .set({ journalstatus: 'A', ...by })
      .where('organisasjon_id', '=', orgId)
      .where('saksmappe_id', '=', saksmappeId)
      .where('journalstatus', '=', 'J')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
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
