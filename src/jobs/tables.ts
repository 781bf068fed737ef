import type { ColumnType, Generated } from 'kysely';

export type JobStatus = 'venter' | 'kjorer' | 'ferdig' | 'feilet';

export interface JobbTable {
  id: Generated<number>;
  organisasjon_id: string | null;
  type: string;
  nokkel: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  forsok: Generated<number>;
  maks_forsok: Generated<number>;
  kjor_etter: ColumnType<Date, Date | undefined, Date>;
  startet_dato: Date | null;
  laast_til: Date | null;
  ferdig_dato: Date | null;
  feilmelding: string | null;
  opprettet_dato: Generated<Date>;
}

export interface JobTables {
  jobb: JobbTable;
}
