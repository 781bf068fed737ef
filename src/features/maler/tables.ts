import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

export interface BrevmalTable {
  id: Generated<string>;
  organisasjon_id: string;
  navn: string;
  maltype: string;
  beskrivelse: string | null;
  filnavn: string;
  /** PGlite answers bytea as Uint8Array, node-postgres as Buffer. */
  innhold: ColumnType<Uint8Array, Buffer, Buffer>;
  filstoerrelse: number;
  sjekksum: string;
  flettefelt: ColumnType<string[], string[] | undefined, string[]>;
  versjon: Generated<number>;
  aktiv: Generated<boolean>;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  endret_dato: Timestamp | null;
  endret_av: string | null;
}

export interface BrevhodeTable {
  organisasjon_id: string;
  postadresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  telefon: string | null;
  epost: string | null;
  nettside: string | null;
  endret_dato: Generated<Date>;
  endret_av: string;
}

export interface MalerTables {
  brevmal: BrevmalTable;
  brevhode: BrevhodeTable;
}
