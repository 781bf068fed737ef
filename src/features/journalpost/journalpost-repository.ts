import { sql, type Insertable, type InsertObject, type Selectable, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { peopleRepository } from '../saksmappe/people-repository.js';
import { svarfristRepository } from '../svarfrist/svarfrist-repository.js';
import { changeTargetColumns } from '../tilgang/change-access.js';
import { recordRecipientsSql } from '../tilgang/read-rule-sql.js';
import type { Tx } from '../../db/tenant.js';
import { inWindow, rankWithin } from '../../db/rank-within.js';
import type { Window } from '../../shared/paging.js';
import type { JournalpostTable, KorrespondansepartTable } from '../noark/tables.js';

export type JournalpostRow = Selectable<JournalpostTable>;

/** Journalpost, arkivnotat and korrespondansepart: the only SQL of records. */
export const journalpostRepository = {
  /** Inserts a record; a value may be an expression (the journal number taken in this statement: nextNumberSql). */
  insert(tx: Tx, row: InsertObject<DB, 'journalpost'>) {
    return tx.insertInto('journalpost').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /**
   * What a registration checks beyond the case's own row, in one statement:
   * the change rule's facts about the case (units, its case workers), and
   * the person and unit the record is to name (null when not of the organisation).
   */
  registrationFacts(tx: Tx, orgId: string, saksmappeId: string, brukerId: string, enhetId: string) {
    return tx
      .selectNoFrom([
        ...changeTargetColumns(orgId, saksmappeId),
        ...peopleRepository.columns(orgId, brukerId, enhetId),
        // The organisation's due-date periods, for an incoming letter's default due date.
        svarfristRepository.column(orgId).as('svarfrister'),
      ])
      .executeTakeFirstOrThrow();
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

  /** A record with the names of its saksbehandler and unit and the totals of its parties and remarks. */
  findWithNames(tx: Tx, orgId: string, id: string) {
    return withNames(tx).where('j.organisasjon_id', '=', orgId).where('j.id', '=', id).executeTakeFirst();
  },

  /** A window of a case's records in number order, each as `findWithNames` gives it. */
  listForSaksmappe(tx: Tx, orgId: string, saksmappeId: string, page: Window) {
    return withNames(tx)
      .where('j.organisasjon_id', '=', orgId)
      .where('j.saksmappe_id', '=', saksmappeId)
      .orderBy('j.journalpostnummer')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  },

  insertKorrespondansepart(tx: Tx, row: Insertable<KorrespondansepartTable>) {
    return tx.insertInto('korrespondansepart').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** The same window of each record's correspondence parties (a page of one record's, or the first few of each of a case page's). */
  listKorrespondanseparter(tx: Tx, orgId: string, journalpostIds: readonly string[], page: Window) {
    if (journalpostIds.length === 0) return Promise.resolve([]);
    const ranks = inWindow(page);
    return tx
      .selectFrom((eb) =>
        eb
          .selectFrom('korrespondansepart')
          .selectAll()
          .select(rankWithin('journalpost_id', ['opprettet_dato', 'id']).as('rang'))
          .where('organisasjon_id', '=', orgId)
          .where('journalpost_id', 'in', journalpostIds)
          .as('k'),
      )
      .selectAll()
      .where('k.rang', '>', ranks.after)
      .where('k.rang', '<=', ranks.upTo)
      .orderBy('k.journalpost_id')
      .orderBy('k.rang')
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
  withUnfinishedDocuments(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<Set<string>> {
    return withDocument(tx, orgId, journalpostIds, (q) => q.where('dokumentstatus', '<>', 'F'));
  },

  /** Of `journalpostIds`, those that have a main document (tilknyttetRegistreringSom H). */
  withHoveddokument(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<Set<string>> {
    return withDocument(tx, orgId, journalpostIds, (q) => q.where('tilknyttet_registrering_som', '=', 'H'));
  },
};

type DocumentQuery = ReturnType<typeof documentsOf>;
const documentsOf = (tx: Tx, orgId: string, journalpostIds: readonly string[]) =>
  tx
    .selectFrom('dokumentbeskrivelse')
    .select('journalpost_id')
    .distinct()
    .where('organisasjon_id', '=', orgId)
    .where('journalpost_id', 'in', journalpostIds);

/** Of `journalpostIds`, those with a document that `which` selects. */
async function withDocument(tx: Tx, orgId: string, journalpostIds: readonly string[], which: (q: DocumentQuery) => DocumentQuery) {
  if (journalpostIds.length === 0) return new Set<string>();
  const rows = await which(documentsOf(tx, orgId, journalpostIds)).execute();
  return new Set(rows.map((r) => r.journalpost_id));
}

/**
 * Records with what their pages show beyond their own row, in the same
 * query: the names of their saksbehandler and unit, how many
 * correspondence parties and remarks each has (their lists are paged), and
 * whom each was copied to.
 */
function withNames(tx: Tx) {
  return tx
    .selectFrom('journalpost as j')
    .leftJoin('bruker as b', 'b.id', 'j.saksbehandler_id')
    .leftJoin('administrativ_enhet as e', (join) =>
      join.onRef('e.id', '=', 'j.administrativ_enhet_id').onRef('e.organisasjon_id', '=', 'j.organisasjon_id'),
    )
    .selectAll('j')
    .select((eb) => [
      'b.navn as saksbehandler_navn',
      'e.navn as enhet_navn',
      eb
        .selectFrom('korrespondansepart as k')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('k.organisasjon_id', '=', 'j.organisasjon_id')
        .whereRef('k.journalpost_id', '=', 'j.id')
        .as('antall_korrespondanseparter'),
      eb
        .selectFrom('merknad as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.organisasjon_id', '=', 'j.organisasjon_id')
        .whereRef('m.objekt_id', '=', 'j.id')
        .as('antall_merknader'),
      // Those it was given to read (copies, approval, internal recipients) read it (the read rule, seed 002 10.6, 10.7).
      recordRecipientsSql('j', 'bruker').as('kopi_brukere'),
      recordRecipientsSql('j', 'enhet').as('kopi_enheter'),
    ]);
}
