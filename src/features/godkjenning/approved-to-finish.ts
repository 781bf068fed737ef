import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { TRANSITION_CONDITIONS } from '../noark/domain/transition-conditions.js';
import { flytRepository as repo } from './flyt-repository.js';

/**
 * A document is finished (dokumentstatus F) only once its record's approval,
 * if asked for, is given: seed 002 §10 «må saksbehandler vente med å
 * ferdigstille dokumentet til leder har lest og ev. kommentert». The same
 * condition as the record's R → F (`approvalCompleted`), in the same words.
 */
export async function assertApprovedToFinish(ctx: Ctx, tx: Tx, journalpostId: string) {
  const awaiting = await repo.awaitingApproval(tx, ctx.role.organisasjonId, [journalpostId]);
  if (!awaiting.has(journalpostId)) return;
  const why = TRANSITION_CONDITIONS.approvalCompleted;
  throw new DomainError('ILLEGAL_STATUS_TRANSITION', {
    nb: `Kan ikke ferdigstille dokumentet: ${why.nb}.`,
    en: `Cannot finish the document: ${why.en}.`,
  });
}
