import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

/* Kysely types of migration 0079 (extractions). Keep in step with the SQL. */

export type ArkivuttrekkStatus = 'pågår' | 'fullført' | 'feilet';

export interface ArkivuttrekkTable {
  id: Generated<string>;
  organisasjon_id: string;
  status: Generated<ArkivuttrekkStatus>;
  periode_fra: string | null;
  periode_til: string | null;
  utdata_katalog: string;
  startet_dato: Generated<Date>;
  fullfoert_dato: Timestamp | null;
  antall_mapper: number | null;
  antall_registreringer: number | null;
  antall_dokumentfiler: number | null;
  sjekksum_arkivuttrekk: string | null;
  /** The self-check's result (issue 17 item 5) as JSON, when it has run. */
  selvkontroll: ColumnType<unknown, string | null | undefined, string | null>;
  feilmelding: string | null;
  opprettet_av: string;
}

export interface ArkivuttrekkArkivdelTable {
  organisasjon_id: string;
  arkivuttrekk_id: string;
  arkivdel_id: string;
}

export interface UttrekkTables {
  arkivuttrekk: ArkivuttrekkTable;
  arkivuttrekk_arkivdel: ArkivuttrekkArkivdelTable;
}
