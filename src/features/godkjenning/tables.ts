import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

/* Kysely types of migration 0066 (approval and review rounds, Noark 5 dokumentflyt). Keep in step with the SQL. */

export interface FlytTable {
  id: Generated<string>;
  organisasjon_id: string;
  journalpost_id: string;
  flyttype: string;
  sendt_av: string;
  sendt_dato: Generated<Date>;
  utfall: string | null;
  avsluttet_dato: Timestamp | null;
}

export interface DokumentflytTable {
  id: Generated<string>;
  organisasjon_id: string;
  flyt_id: string;
  journalpost_id: string;
  rekkefoelge: number;
  flyt_til: string;
  flyt_fra: string | null;
  flyt_mottatt_dato: Timestamp | null;
  flyt_sendt_dato: Timestamp | null;
  flyt_status: string | null;
  flyt_merknad: string | null;
}

export interface FlytTables {
  flyt: FlytTable;
  dokumentflyt: DokumentflytTable;
}
