import type { Tx } from '../../db/tenant.js';
import { diffLoggedFields, type ChangeLogObjectType } from '../noark/domain/index.js';
import { endringsloggRepository } from './endringslogg-repository.js';

/**
 * Records, in the caller's transaction, every logged field that differs
 * between `before` and `after` (Noark 5 vedlegg 3). For a new object pass
 * `before = {}` so the initial values are logged too. The database stamps
 * organisation, actor and time; for fields it logs itself (see
 * DATABASE_LOGGED) it refuses the row, so nothing is logged twice.
 */
export async function logChanges(
  tx: Tx,
  objektType: ChangeLogObjectType,
  objektId: string,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Promise<void> {
  await endringsloggRepository.append(tx, objektType, objektId, diffLoggedFields(objektType, before, after));
}
