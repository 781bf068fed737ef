import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { pageOf } from '../../db/page-of.js';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
import type { DokumentbeskrivelseTable, DokumentobjektTable, FilTable } from '../noark/tables.js';

export type DokumentbeskrivelseRow = Selectable<DokumentbeskrivelseTable>;
export type DokumentobjektRow = Selectable<DokumentobjektTable>;

/** Documents, their file objects and the file catalogue. Every query is keyed by organisation (RLS is the second wall). */
export const dokumentRepository = {
  /** The record documents hang on; `lock` serialises numbering of its documents. */
  findJournalpost(tx: Tx, org: string, id: string, lock = false) {
    const q = tx
      .selectFrom('journalpost')
      .select(['id', 'saksmappe_id', 'journalstatus', 'journalposttype', 'saksbehandler_id', 'administrativ_enhet_id'])
      .select(['tilgangskode', 'skjermingshjemmel', 'tilgangsgruppe_id', 'skjerming_metadata', 'skjerming_dokument'])
      .select(['skjerming_varighet', 'skjerming_opphoerer'])
      .where('organisasjon_id', '=', org)
      .where('id', '=', id);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },

  findDokumentbeskrivelse(tx: Tx, org: string, id: string, lock = false) {
    const q = tx.selectFrom('dokumentbeskrivelse').selectAll().where('organisasjon_id', '=', org).where('id', '=', id);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },

  /** A page of a record's documents in number order, with the total. */
  pageDokumentbeskrivelser(tx: Tx, org: string, journalpostId: string, page: Window) {
    const q = tx
      .selectFrom('dokumentbeskrivelse')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('journalpost_id', '=', journalpostId)
      .orderBy('dokumentnummer');
    return pageOf(q, page);
  },

  /** A record's documents still under work (dokumentstatus B), locked: finishing them is one step. */
  underArbeid(tx: Tx, org: string, journalpostId: string, lock = false) {
    const q = tx
      .selectFrom('dokumentbeskrivelse')
      .select(['id', 'personsensitiv'])
      .where('organisasjon_id', '=', org)
      .where('journalpost_id', '=', journalpostId)
      .where('dokumentstatus', '=', 'B')
      .orderBy('dokumentnummer');
    return (lock ? q.forUpdate() : q).execute();
  },

  async documentNumbers(tx: Tx, org: string, journalpostId: string) {
    const row = await tx
      .selectFrom('dokumentbeskrivelse')
      .select((eb) => [
        eb.fn.max('dokumentnummer').as('highest'),
        eb.fn.countAll<number>().filterWhere('tilknyttet_registrering_som', '=', 'H').as('hoveddokumenter'),
      ])
      .where('organisasjon_id', '=', org)
      .where('journalpost_id', '=', journalpostId)
      .executeTakeFirstOrThrow();
    return { highest: row.highest, hasHoveddokument: Number(row.hoveddokumenter) > 0 };
  },

  insertDokumentbeskrivelse(tx: Tx, row: Insertable<DokumentbeskrivelseTable>) {
    return tx.insertInto('dokumentbeskrivelse').values(row).returningAll().executeTakeFirstOrThrow();
  },

  updateDokumentbeskrivelse(tx: Tx, org: string, id: string, patch: Updateable<DokumentbeskrivelseTable>) {
    return tx
      .updateTable('dokumentbeskrivelse')
      .set(patch)
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  listDokumentobjekter(tx: Tx, org: string, dokumentbeskrivelseIds: readonly string[]) {
    if (dokumentbeskrivelseIds.length === 0) return Promise.resolve([]);
    return tx
      .selectFrom('dokumentobjekt')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('dokumentbeskrivelse_id', 'in', dokumentbeskrivelseIds)
      .orderBy('versjonsnummer')
      .orderBy('variantformat', 'desc') // P, O, A: production first within a version
      .execute();
  },

  findDokumentobjekt(tx: Tx, org: string, id: string) {
    return tx.selectFrom('dokumentobjekt').selectAll().where('organisasjon_id', '=', org).where('id', '=', id).executeTakeFirst();
  },

  async highestVersjon(tx: Tx, org: string, dokumentbeskrivelseId: string): Promise<number | null> {
    const row = await tx
      .selectFrom('dokumentobjekt')
      .select((eb) => eb.fn.max('versjonsnummer').as('highest'))
      .where('organisasjon_id', '=', org)
      .where('dokumentbeskrivelse_id', '=', dokumentbeskrivelseId)
      .executeTakeFirstOrThrow();
    return row.highest;
  },

  findVariant(tx: Tx, org: string, dokumentbeskrivelseId: string, versjonsnummer: number, variantformat: string) {
    return tx
      .selectFrom('dokumentobjekt')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('dokumentbeskrivelse_id', '=', dokumentbeskrivelseId)
      .where('versjonsnummer', '=', versjonsnummer)
      .where('variantformat', '=', variantformat)
      .executeTakeFirst();
  },

  insertDokumentobjekt(tx: Tx, row: Insertable<DokumentobjektTable>) {
    return tx.insertInto('dokumentobjekt').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /** The catalogue row is shared by every object with the same content; the first upload describes it. */
  /** Catalogues stored content; storing it again (a sound copy, just written) clears a damage mark. */
  async catalogueFil(tx: Tx, row: Insertable<FilTable>): Promise<void> {
    await tx
      .insertInto('fil')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['organisasjon_id', 'sjekksum']).doUpdateSet({ skadet_dato: null }).where('fil.skadet_dato', 'is not', null),
      )
      .execute();
  },

  /** When a read found the content damaged (null: not known to be). */
  async filSkadetDato(tx: Tx, org: string, sjekksum: string): Promise<Date | null> {
    const row = await tx
      .selectFrom('fil')
      .select('skadet_dato')
      .where('organisasjon_id', '=', org)
      .where('sjekksum', '=', sjekksum)
      .executeTakeFirst();
    return row?.skadet_dato ?? null;
  },

  async markFilSkadet(tx: Tx, org: string, sjekksum: string): Promise<void> {
    await tx
      .updateTable('fil')
      .set({ skadet_dato: sql<Date>`now()` })
      .where('organisasjon_id', '=', org)
      .where('sjekksum', '=', sjekksum)
      .where('skadet_dato', 'is', null)
      .execute();
  },

  async isCatalogued(tx: Tx, org: string, sjekksum: string): Promise<boolean> {
    const row = await tx
      .selectFrom('fil')
      .select('sjekksum')
      .where('organisasjon_id', '=', org)
      .where('sjekksum', '=', sjekksum)
      .executeTakeFirst();
    return row !== undefined;
  },

  async hasFilTekst(tx: Tx, org: string, sjekksum: string): Promise<boolean> {
    const row = await tx
      .selectFrom('fil_tekst')
      .select('sjekksum')
      .where('organisasjon_id', '=', org)
      .where('sjekksum', '=', sjekksum)
      .executeTakeFirst();
    return row !== undefined;
  },

  async insertFilTekst(tx: Tx, org: string, sjekksum: string, tekst: string): Promise<void> {
    await tx
      .insertInto('fil_tekst')
      .values({ organisasjon_id: org, sjekksum, tekst })
      .onConflict((oc) => oc.columns(['organisasjon_id', 'sjekksum']).doNothing())
      .execute();
  },
};
