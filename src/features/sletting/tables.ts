import type { Generated } from 'kysely';

/* Kysely types of the deletions of versions, variants and production formats (migration 0088). Keep in step with the SQL. */

export interface SlettingTable {
  id: Generated<string>;
  organisasjon_id: string;
  dokumentbeskrivelse_id: string;
  /** M089: SP produksjonsformat, SV tidligere versjon, SS variant med sladdet informasjon. */
  slettingstype: string;
  versjonsnummer: number;
  /** The variant removed; null when a whole version went (SV). */
  variantformat: string | null;
  slettet_dato: Generated<Date>;
  slettet_av: string;
}

export interface SlettingTables {
  sletting: SlettingTable;
}
