import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

/* Kysely types of migration 0045 (tasks, notifications, write-off). Keep in step with the SQL. */

export interface OppgaveTable {
  id: Generated<string>;
  organisasjon_id: string;
  oppgavetype: string;
  mottaker_bruker_id: string | null;
  mottaker_enhet_id: string | null;
  saksmappe_id: string;
  journalpost_id: string | null;
  frist: string | null;
  merknad: string | null;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  lukket_dato: Timestamp | null;
  lukket_av: string | null;
  lukket_hvordan: string | null;
}

export interface VarselTable {
  id: Generated<string>;
  organisasjon_id: string;
  bruker_id: string;
  oppgave_id: string;
  opprettet_dato: Generated<Date>;
  lest_dato: Timestamp | null;
}

export interface VarselInnstillingTable {
  organisasjon_id: string;
  bruker_id: string;
  epost: Generated<boolean>;
  endret_dato: Generated<Date>;
}

export interface AvskrivningTable {
  id: Generated<string>;
  organisasjon_id: string;
  journalpost_id: string;
  avskrivningsmaate: string;
  avskrivningsdato: string;
  avskrevet_av: string;
  referanse_avskrives_av_journalpost: string | null;
  /** A note's write-off for one internal recipient (migration 0061); null: the whole record. */
  korrespondansepart_id: string | null;
  merknad: string | null;
  opprettet_dato: Generated<Date>;
}

export interface TaskTables {
  oppgave: OppgaveTable;
  varsel: VarselTable;
  varsel_innstilling: VarselInnstillingTable;
  avskrivning: AvskrivningTable;
}
