import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

/* Kysely types of migration 0061 (answers and dispatch). Keep in step with the SQL. */

export interface BesvarelseTable {
  id: Generated<string>;
  organisasjon_id: string;
  svar_journalpost_id: string;
  besvart_journalpost_id: string;
  svarmaate: string;
  korrespondansepart_id: string | null;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
}

export interface EkspederingTable {
  id: Generated<string>;
  organisasjon_id: string;
  journalpost_id: string;
  korrespondansepart_id: string;
  kanal: string;
  status: Generated<string>;
  ekspedert_dato: Generated<Date>;
  ekspedert_av: string;
  sendt_dato: Timestamp | null;
  forsendelse_referanse: string | null;
  feilmelding: string | null;
}

export interface EkspederingTables {
  besvarelse: BesvarelseTable;
  ekspedering: EkspederingTable;
}
