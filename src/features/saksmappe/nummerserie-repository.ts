import type { Tx } from '../../db/tenant.js';

export type Serie = 'saksmappe' | 'journalpost';

/**
 * Takes the next number of a gapless series (case numbers, journal running
 * numbers) per organisation and year. The counter row is created on first
 * use (ON CONFLICT DO NOTHING, so concurrent first uses agree) and bumped
 * with UPDATE … RETURNING: the row lock queues concurrent registrations
 * until the holder commits, and a rollback returns the number with it. No
 * sequences — they leave gaps when a transaction rolls back.
 */
export async function takeNextNumber(tx: Tx, organisasjonId: string, serie: Serie, aar: number): Promise<number> {
  await tx
    .insertInto('nummerserie')
    .values({ organisasjon_id: organisasjonId, serie, aar, siste: 0 })
    .onConflict((oc) => oc.columns(['organisasjon_id', 'serie', 'aar']).doNothing())
    .execute();
  const row = await tx
    .updateTable('nummerserie')
    .set((eb) => ({ siste: eb('siste', '+', 1) }))
    .where('organisasjon_id', '=', organisasjonId)
    .where('serie', '=', serie)
    .where('aar', '=', aar)
    .returning('siste')
    .executeTakeFirstOrThrow();
  return row.siste;
}
