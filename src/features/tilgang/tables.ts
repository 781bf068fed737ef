import type { Generated } from 'kysely';

/* Kysely types of the access tables (migration 0005). Keep in step with the SQL. */

export interface TilgangskodeTable {
  id: Generated<string>;
  organisasjon_id: string;
  kode: string;
  navn: string;
  skjermingshjemmel: string | null;
  aktiv: Generated<boolean>;
  opprettet_dato: Generated<Date>;
}

export interface TilgangsgruppeTable {
  id: Generated<string>;
  organisasjon_id: string;
  navn: string;
  beskrivelse: string | null;
  aktiv: Generated<boolean>;
  opprettet_dato: Generated<Date>;
}

export interface TilgangsgruppeMedlemTable {
  organisasjon_id: string;
  tilgangsgruppe_id: string;
  bruker_id: string;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
}

export interface SaksmappeInternKontaktTable {
  organisasjon_id: string;
  saksmappe_id: string;
  bruker_id: string;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
}

export interface LesingLoggTable {
  id: Generated<number>;
  organisasjon_id: string;
  objekt_type: string;
  objekt_id: string;
  tilgangskode: string;
  lest_av: string;
  lest_dato: Generated<Date>;
}

export interface AccessTables {
  tilgangskode: TilgangskodeTable;
  tilgangsgruppe: TilgangsgruppeTable;
  tilgangsgruppe_medlem: TilgangsgruppeMedlemTable;
  saksmappe_intern_kontakt: SaksmappeInternKontaktTable;
  lesing_logg: LesingLoggTable;
}
