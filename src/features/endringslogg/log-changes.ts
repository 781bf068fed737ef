import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { diffLoggedFields, type ChangeLogObjectType } from '../noark/domain/index.js';
import { endringsloggRepository } from './endringslogg-repository.js';

/**
 * Records, in the caller's transaction, every logged field that differs
 * between `before` and `after` (Noark 5 vedlegg 3). For a new object pass
 * `before = {}` so the initial values are logged too.
 */
export async function logChanges(
  ctx: Ctx,
  tx: Tx,
  objektType: ChangeLogObjectType,
  objektId: string,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Promise<void> {
  await endringsloggRepository.append(tx, {
    organisasjonId: ctx.role.organisasjonId,
    objektType,
    objektId,
    endretAv: ctx.actor.brukerId,
    endretAvNavn: ctx.actor.navn,
    changes: diffLoggedFields(objektType, before, after),
  });
}
