import { sql, type RawBuilder } from 'kysely';
import { WRITE_OFF_TYPES } from './domain/avskrivning.js';

/**
 * The SQL twin of `awaitsWriteOff` (domain/avskrivning.ts) for a record
 * aliased `j`: an I or N record, not void, with no write-off. The worklist
 * «Restanser», the case's closing check and the backlog reports all ask
 * this one expression, so they cannot disagree about what is outstanding.
 */
export function awaitingWriteOffSql(j = 'j'): RawBuilder<boolean> {
  const col = (c: string) => sql.ref(`${j}.${c}`);
  const types = sql.join(WRITE_OFF_TYPES.map((t) => sql.lit(t)));
  return sql<boolean>`(${col('journalposttype')} IN (${types}) AND ${col('journalstatus')} <> 'U'
    AND NOT EXISTS (SELECT 1 FROM avskrivning a WHERE a.organisasjon_id = ${col('organisasjon_id')} AND a.journalpost_id = ${col('id')}))`;
}
