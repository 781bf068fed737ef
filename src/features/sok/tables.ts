import type { ColumnType } from 'kysely';

/*
 * Kysely type of the search index (migrations 0004, 0006, 0027). Rows are
 * written only by the triggers of those migrations, never by application
 * code, hence the `never` insert/update types.
 */
type ReadOnly<T> = ColumnType<T, never, never>;

export interface SokIndeksTable {
  objekt_id: ReadOnly<string>;
  organisasjon_id: ReadOnly<string>;
  objekt_type: ReadOnly<'saksmappe' | 'journalpost'>;
  saksmappe_id: ReadOnly<string>;
  nummer: ReadOnly<string>;
  tittel: ReadOnly<string>;
  offentlig_tittel: ReadOnly<string>;
  status: ReadOnly<string>;
  journalposttype: ReadOnly<string | null>;
  dato: ReadOnly<string>;
  enhet_id: ReadOnly<string | null>;
  ansvarlig_id: ReadOnly<string | null>;
  sak_enhet_id: ReadOnly<string>;
  sak_ansvarlig_id: ReadOnly<string>;
  klasse_id: ReadOnly<string | null>;
  klasseverdi: ReadOnly<string | null>;
  tekst: ReadOnly<string>;
  offentlig_tekst: ReadOnly<string>;
  sokevektor: ReadOnly<string>;
  offentlig_sokevektor: ReadOnly<string>;
  /* Migration 0006: what the read rule's SQL twin needs. */
  tilgangskode: ReadOnly<string | null>;
  tilgangsgruppe_id: ReadOnly<string | null>;
  personer: ReadOnly<string[]>;
  enheter: ReadOnly<string[]>;
}

/* Migration 0027: one row per document, under the document's own screening (the read rule's `documentObject`). */
export interface SokDokumentTable {
  objekt_id: ReadOnly<string>;
  organisasjon_id: ReadOnly<string>;
  journalpost_id: ReadOnly<string>;
  saksmappe_id: ReadOnly<string>;
  tekst: ReadOnly<string>;
  sokevektor: ReadOnly<string>;
  tilgangskode: ReadOnly<string | null>;
  tilgangsgruppe_id: ReadOnly<string | null>;
  personer: ReadOnly<string[]>;
  enheter: ReadOnly<string[]>;
}

export interface SearchTables {
  sok_indeks: SokIndeksTable;
  sok_dokument: SokDokumentTable;
  /** Migration 0028: the active organisation's rows, which the search reads (its match can use the indexes). */
  sok_indeks_egen: SokIndeksTable;
  /** Migration 0027: the same for the documents' rows. */
  sok_dokument_egen: SokDokumentTable;
}
