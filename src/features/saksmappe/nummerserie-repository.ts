import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';

export type Serie = 'saksmappe' | 'journalpost';

/**
 * The next number of a gapless series (case numbers, journal running
 * numbers) per organisation and year, as an expression (nummerserie_neste,
 * migration 0036): the counter row is created on first use and bumped in one
 * statement; its row lock queues concurrent registrations until the holder
 * commits, and a rollback returns the number with it. No sequences — they
 * leave gaps when a transaction rolls back. Used as a value in the INSERT
 * that stores the number, the lock is taken as late as that statement.
 */
export function nextNumberSql(organisasjonId: string, serie: Serie, aar: number) {
  return sql<number>`nummerserie_neste(${organisasjonId}::uuid, ${serie}, ${aar}::integer)`;
}

/** The next number on its own, for a use case that needs it before its INSERT. */
export async function takeNextNumber(tx: Tx, organisasjonId: string, serie: Serie, aar: number): Promise<number> {
  const row = await tx.selectNoFrom(nextNumberSql(organisasjonId, serie, aar).as('siste')).executeTakeFirstOrThrow();
  return row.siste;
}
