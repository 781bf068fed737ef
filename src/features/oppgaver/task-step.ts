import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, DomainError, notFound } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { mayTakeStep, type TaskActor, type TaskStep } from './domain/task-rule.js';
import type { Oppgavetype } from './domain/task-kinds.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';

export const taskActorOf = (ctx: Ctx): TaskActor => ({
  brukerId: ctx.actor.brukerId,
  rolle: ctx.role.rolle,
  enhetId: ctx.role.administrativEnhetId,
});

const TASK = { nb: 'oppgaven', en: 'task' };

/**
 * Locks an open task for a step and checks the step is the actor's to
 * take (`mayTakeStep`). An unknown task, or another organisation's, is «not
 * found»; one already closed is a conflict, so a second click tells what happened.
 */
export async function openTaskForStep(ctx: Ctx, tx: Tx, oppgaveId: string, step: TaskStep) {
  const orgId = ctx.role.organisasjonId;
  const task = await repo.findOpenForUpdate(tx, orgId, oppgaveId);
  if (!task) {
    if (!(await repo.exists(tx, orgId, oppgaveId))) throw notFound(TASK, oppgaveId);
    throw new DomainError('CONFLICT', { nb: 'Oppgaven er allerede lukket.', en: 'The task is already closed.' });
  }
  const target = {
    oppgavetype: task.oppgavetype as Oppgavetype,
    mottakerBrukerId: task.mottaker_bruker_id,
    mottakerEnhetId: task.mottaker_enhet_id,
  };
  if (!mayTakeStep(taskActorOf(ctx), target, step)) throw accessDenied(STEP_REFUSED[step]);
  return task;
}

const STEP_REFUSED: Record<TaskStep, { nb: string; en: string }> = {
  fordel: {
    nb: 'Bare leder eller stedfortreder for enheten, eller arkivet, fordeler.',
    en: "Only the unit's leader or deputy, or the archive, distributes.",
  },
  omfordel: {
    nb: 'Bare den som har oppgaven, eller arkivet, fordeler den videre.',
    en: 'Only whoever holds the task, or the archive, redistributes it.',
  },
  lest: { nb: 'Bare kopimottakeren markerer kopien som lest.', en: 'Only the copy recipient marks the copy read.' },
  utfoert: { nb: 'Bare arkivet lukker oppgaver i arkivets kø.', en: "Only the archive closes tasks in the archive's queue." },
};

/**
 * A record and its case locked for distribution, in registration's order
 * (case, then record). Distribution does not change what the record says,
 * so a journalført record may be distributed; a closed case or archived
 * record may not (`assertDistributable`, asked after who may).
 */
export async function recordForDistribution(ctx: Ctx, tx: Tx, journalpostId: string) {
  const orgId = ctx.role.organisasjonId;
  const peek = await records.find(tx, orgId, journalpostId);
  if (!peek) throw notFound({ nb: 'journalposten', en: 'record' }, journalpostId);
  const saksmappe = (await cases.findForUpdate(tx, orgId, peek.saksmappe_id))!;
  const record = (await records.findForUpdate(tx, orgId, journalpostId))!;
  return { record, saksmappe };
}

export function assertDistributable({ record, saksmappe }: { record: { journalstatus: string }; saksmappe: { saksstatus: string } }) {
  if (['A', 'U'].includes(saksmappe.saksstatus) || ['A', 'U'].includes(record.journalstatus)) {
    throw new DomainError('CASE_CLOSED', {
      nb: 'Saken eller journalposten er avsluttet og kan ikke fordeles.',
      en: 'The case or record is closed and cannot be distributed.',
    });
  }
}
