import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

/* Kysely types of migration 0075 (access requests). Keep in step with the SQL. */

export interface InnsynskravTable {
  id: Generated<string>;
  organisasjon_id: string;
  saksmappe_id: string;
  journalpost_id: string;
  kanal: string;
  bestiller_navn: string | null;
  bestiller_epost: string;
  ekstern_id: string | null;
  kvittering_hash: string;
  mottatt_dato: Generated<Date>;
  frist: string;
  svar_journalpost_id: string | null;
  besvart_dato: Timestamp | null;
  besvart_av: string | null;
}

export interface InnsynskravDelTable {
  id: Generated<string>;
  organisasjon_id: string;
  innsynskrav_id: string;
  journalpost_id: string;
  saksbehandler_id: string;
  rekkefolge: number;
  avgjoerelse: string | null;
  hjemmel: string | null;
  meroffentlighet_vurdert: boolean | null;
  begrunnelse: string | null;
  avgjort_av: string | null;
  avgjort_dato: Timestamp | null;
}

export interface InnsynskravTables {
  innsynskrav: InnsynskravTable;
  innsynskrav_del: InnsynskravDelTable;
}
