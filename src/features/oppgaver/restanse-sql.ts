import { sql, type RawBuilder } from 'kysely';
import { WRITE_OFF_TYPES } from './domain/avskrivning.js';

/** One part of a record awaiting a write-off, as `awaitingPartsSql` yields it. */
export interface AwaitingPartRow {
  /** The internal recipient's party, or null for the whole record. */
  korrespondansepart_id: string | null;
  /** Whose backlog it is: the recipient (a person; null for a unit), or the record's case worker. */
  saksbehandler_id: string | null;
  /** The recipient's unit (a person's: the party's, else their role's), or the record's own unit (may be null: the caller falls back to the case's). */
  enhet_id: string | null;
}

/** An internal recipient of a note (IM naming a person or unit of the organisation), for a party aliased `k`. */
const INTERNAL_RECIPIENT = sql`k.korrespondanseparttype = 'IM' AND (k.saksbehandler_id IS NOT NULL OR k.administrativ_enhet_id IS NOT NULL)`;

/**
 * The SQL twin of `awaitingParts` (domain/avskrivning.ts) for a record
 * aliased `j`, as a subquery to join LATERAL: one row per part awaiting a
 * write-off (`AwaitingPartRow`). An N note with internal recipients yields
 * each recipient whose part is not written off, counted against the
 * recipient; an incoming record or a recipient-less note yields the whole
 * record, counted against its case worker; a void record, an X note, an own
 * letter or a record written off as a whole yields nothing.
 */
export function awaitingPartsSql(j = 'j'): RawBuilder<AwaitingPartRow> {
  const col = (c: string) => sql.ref(`${j}.${c}`);
  const types = sql.join(WRITE_OFF_TYPES.map((t) => sql.lit(t)));
  const recipients = sql`korrespondansepart k WHERE k.organisasjon_id = ${col('organisasjon_id')} AND k.journalpost_id = ${col('id')}
    AND ${col('journalposttype')} = 'N' AND ${INTERNAL_RECIPIENT}`;
  return sql<AwaitingPartRow>`(SELECT p0.* FROM (
    SELECT NULL::uuid AS korrespondansepart_id, ${col('saksbehandler_id')} AS saksbehandler_id, ${col('administrativ_enhet_id')} AS enhet_id
    WHERE NOT EXISTS (SELECT 1 FROM ${recipients})
      AND NOT EXISTS (SELECT 1 FROM avskrivning a WHERE a.organisasjon_id = ${col('organisasjon_id')} AND a.journalpost_id = ${col('id')})
    UNION ALL
    SELECT k.id, k.saksbehandler_id, coalesce(k.administrativ_enhet_id,
        (SELECT r.administrativ_enhet_id FROM rolletildeling r WHERE r.organisasjon_id = k.organisasjon_id
          AND r.bruker_id = k.saksbehandler_id AND r.administrativ_enhet_id IS NOT NULL ORDER BY r.id LIMIT 1))
    FROM ${recipients}
      AND NOT EXISTS (SELECT 1 FROM avskrivning a WHERE a.organisasjon_id = k.organisasjon_id AND a.journalpost_id = k.journalpost_id
        AND (a.korrespondansepart_id IS NULL OR a.korrespondansepart_id = k.id))
  ) p0 WHERE ${col('journalposttype')} IN (${types}) AND ${col('journalstatus')} <> 'U')`;
}

/**
 * Whether record `j` awaits any write-off (`awaitsWriteOff`): the closing
 * check and whoever asks of a record as a whole. The worklist «Restanser»
 * and the backlog reports ask `awaitingPartsSql` for whose part it is.
 */
export function awaitingWriteOffSql(j = 'j'): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM ${awaitingPartsSql(j)} p)`;
}
