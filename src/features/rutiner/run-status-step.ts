import { inTenantOr, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { ekspederHandler } from '../ekspedering/ekspeder-journalpost.js';
import { applyJournalstatus } from '../journalpost/change-journalstatus.js';
import { journalstatusHandler, utgaarHandler } from '../journalpost/journalpost-activities.js';
import type { Journalstatus, Saksstatus } from '../noark/domain/index.js';
import { applySaksstatus } from '../saksmappe/change-saksstatus.js';
import { saksstatusHandler } from '../saksmappe/saksmappe-activities.js';
import { collectFacts } from './collect-facts.js';
import { holds, statusSteps, type Objekt } from './domain/routine.js';
import { STANDARD_ROUTINE } from './domain/standard-routine.js';
import { runWithFacts, type Handler } from './run-activity.js';

/**
 * The handlers a plain status change may reach, with an empty input: a
 * void without a reason, a dispatch on the proposed channels (`proposeKanal`).
 * Looked up when a step runs, not when this module loads: the handlers'
 * modules reach back here through the status use cases (an import cycle).
 */
const statusHandler = (name: string): Handler<object, unknown> | undefined =>
  (
    ({
      journalstatus: journalstatusHandler,
      utgaar: utgaarHandler,
      saksstatus: saksstatusHandler,
      ekspeder: ekspederHandler,
    }) as Readonly<Record<string, Handler<object, unknown>>>
  )[name];

/**
 * A status change asked for by target status (the API's `…/status`): the
 * routine's step into that status that is open to the person, run by the
 * engine. Where the routine has no step into it, the transition table
 * refuses with its own reason.
 */
export async function runStatusStep(ctx: Ctx, objekt: Objekt, id: string, til: string, within?: Tx): Promise<unknown> {
  return inTenantOr(within, ctx, async (tx) => {
    const candidates = statusSteps(STANDARD_ROUTINE, objekt, til);
    if (candidates.length === 0) {
      return objekt === 'journalpost'
        ? applyJournalstatus(ctx, tx, id, til as Journalstatus)
        : applySaksstatus(ctx, tx, id, til as Saksstatus);
    }
    const collected = await collectFacts(ctx, tx, objekt, id);
    // The open step; where none is, the plain one, whose rules then say why not.
    const step =
      candidates.find((a) => a.naar.every((c) => holds(c, collected.facts))) ??
      candidates.find((a) => a.utfoerer === 'journalstatus' || a.utfoerer === 'saksstatus') ??
      candidates[0]!;
    const handler = statusHandler(step.utfoerer);
    if (!handler) {
      throw new DomainError('ACTIVITY_NOT_OPEN', {
        nb: `Bruk «${step.navn.nb}» for denne endringen.`,
        en: `Use «${step.navn.en}» for this change.`,
      });
    }
    return runWithFacts(ctx, tx, collected, step, handler, {});
  });
}
