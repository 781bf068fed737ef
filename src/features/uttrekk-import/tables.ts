import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

/* Kysely types of migration 0082 (extraction import). Keep in step with the SQL. */

export interface UttrekkImportTable {
  id: Generated<string>;
  organisasjon_id: string;
  pakke_sjekksum: string;
  katalog: string;
  noark_versjon: '4.0' | '5.0';
  status: Generated<'pågår' | 'fullført'>;
  arkiv_id: string | null;
  enheter_ferdig: Generated<number>;
  endringer_ferdig: Generated<number>;
  ikke_kartlagt: ColumnType<Record<string, number>, string | undefined, string>;
  startet_dato: Generated<Date>;
  fullfoert_dato: Timestamp | null;
  opprettet_av: string;
}

export interface UttrekkImportObjektTable {
  organisasjon_id: string;
  import_id: string;
  system_id: string;
  objekt_type: string;
  objekt_id: string;
  opprinnelig: ColumnType<Record<string, string> | null, string | null | undefined, string | null>;
}

export interface UttrekkImportEndringTable {
  id: Generated<number>;
  organisasjon_id: string;
  import_id: string;
  objekt_type: string | null;
  objekt_id: string | null;
  referanse_arkivenhet: string;
  referanse_metadata: string | null;
  endret_dato: Timestamp | null;
  endret_av: string | null;
  tidligere_verdi: string | null;
  ny_verdi: string | null;
}

export interface UttrekkImportTables {
  uttrekk_import: UttrekkImportTable;
  uttrekk_import_objekt: UttrekkImportObjektTable;
  uttrekk_import_endring: UttrekkImportEndringTable;
}
