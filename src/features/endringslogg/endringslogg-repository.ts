import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { FieldChange } from '../noark/domain/index.js';

/**
 * The change log is append-only and written by the database: triggers log
 * the objects it sees in columns, and `skriv_endringslogg` logs the rest with
 * the transaction's actor and the database clock (ADR 0003).
 */
export const endringsloggRepository = {
  async append(tx: Tx, objektType: string, objektId: string, changes: readonly FieldChange[]): Promise<void> {
    if (changes.length === 0) return;
    await sql`SELECT skriv_endringslogg(${objektType}, ${objektId}::uuid, ${JSON.stringify(changes)}::jsonb)`.execute(tx);
  },

  listForObject(tx: Tx, organisasjonId: string, objektId: string) {
    return tx
      .selectFrom('endringslogg')
      .select(['id', 'objekt_type', 'objekt_id', 'felt', 'tidligere_verdi', 'ny_verdi', 'endret_dato', 'endret_av', 'endret_av_navn'])
      .where('organisasjon_id', '=', organisasjonId)
      .where('objekt_id', '=', objektId)
      .orderBy('id')
      .execute();
  },

  /** The log of several objects (a record and its correspondence parties), oldest first. */
  listForObjects(tx: Tx, organisasjonId: string, objektIds: readonly string[]) {
    return tx
      .selectFrom('endringslogg')
      .select(['id', 'objekt_type', 'objekt_id', 'felt', 'tidligere_verdi', 'ny_verdi', 'endret_dato', 'endret_av', 'endret_av_navn'])
      .where('organisasjon_id', '=', organisasjonId)
      .where('objekt_id', 'in', objektIds)
      .orderBy('id')
      .execute();
  },
};
