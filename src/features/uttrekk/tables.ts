import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

/* Kysely types of migration 0079 (extractions). Keep in step with the SQL. */

export type ArkivuttrekkStatus = 'pågår' | 'fullført' | 'feilet';

/** Where a run is: waiting for the job runner, writing a part of the package, checking it, or done (migration 0085). */
export const ARKIVUTTREKK_FASER = ['venter', 'arkivstruktur', 'endringslogg', 'journaler', 'selvkontroll', 'ferdig'] as const;
export type ArkivuttrekkFase = (typeof ARKIVUTTREKK_FASER)[number];

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
  /* Migration 0085: how far a run has come, and when it was last heard from. */
  fase: ArkivuttrekkFase | null;
  framdrift_registreringer: number | null;
  framdrift_totalt: number | null;
  framdrift_dokumentfiler: number | null;
  sist_aktiv: Timestamp | null;
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
