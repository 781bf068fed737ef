import type { ColumnType, Generated } from 'kysely';
import type { Message } from '../../shared/errors.js';

/* Kysely types of the reception queue (migration 0040). Keep in step with the SQL. */

export type Mottakskanal = 'skanning' | 'epost' | 'api';
export type Mottaksstatus = 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
export type Mottakshendelse = 'mottatt' | 'levert_igjen' | 'registrert' | 'arkivbegrenset';

export interface MottakTable {
  id: Generated<string>;
  organisasjon_id: string;
  kanal: Mottakskanal;
  status: ColumnType<Mottaksstatus, Mottaksstatus | undefined, Mottaksstatus>;
  tittel: string;
  tittel_uklar: Generated<boolean>;
  avsender_navn: string | null;
  avsender_epost: string | null;
  adressat: string | null;
  mottatt_dato: ColumnType<Date, Date | undefined, never>;
  sendt_dato: Date | null;
  message_id: string | null;
  sjekksum: string;
  original_sjekksum: string | null;
  original_filnavn: string | null;
  kilde: string | null;
  merknader: ColumnType<Message[], string | undefined, string>;
  journalpost_id: string | null;
  arkivbegrensning_grunn: string | null;
  adressat_bruker_id: string | null;
  behandlet_av: string | null;
  behandlet_dato: Date | null;
  opprettet_av: string;
  opprettet_dato: Generated<Date>;
}

export interface MottakFilTable {
  id: Generated<string>;
  organisasjon_id: string;
  mottak_id: string;
  nummer: number;
  tittel: string;
  filnavn: string;
  sjekksum: string;
  filstoerrelse: number;
  mime_type: string;
  format: string;
  format_detaljer: string | null;
}

export interface MottakHendelseTable {
  id: Generated<number>;
  organisasjon_id: string;
  mottak_id: string;
  hendelse: Mottakshendelse;
  detaljer: string | null;
  /** Stamped by the database from the transaction's actor. */
  utfort_av: Generated<string>;
  utfort_av_navn: Generated<string>;
  utfort_dato: Generated<Date>;
}

export interface ArkivbegrensningGrunnTable {
  id: Generated<string>;
  organisasjon_id: string;
  navn: string;
  aktiv: Generated<boolean>;
  rekkefolge: Generated<number>;
  opprettet_dato: Generated<Date>;
}

export interface MottakTables {
  mottak: MottakTable;
  mottak_fil: MottakFilTable;
  mottak_hendelse: MottakHendelseTable;
  arkivbegrensning_grunn: ArkivbegrensningGrunnTable;
}
