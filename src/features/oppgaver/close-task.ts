import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { TaskStep } from './domain/task-rule.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';
import { openTaskForStep } from './task-step.js';

/**
 * Closes a task by the step that does its work and leaves nothing else to
 * do: a copy marked read by its recipient (seed 002, 10.7), a case worker's
 * message in the archive's queue dealt with by the archive. Its
 * notifications count as read.
 */
export async function closeTask(ctx: Ctx, oppgaveId: string, step: Extract<TaskStep, 'lest' | 'utfoert'>) {
  return inTenant(ctx, async (tx) => {
    const task = await openTaskForStep(ctx, tx, oppgaveId, step);
    await repo.close(tx, ctx.role.organisasjonId, { ids: [task.id] }, step, ctx.actor.brukerId);
    await repo.markNotificationsRead(tx, ctx.role.organisasjonId, task.id);
    return { id: task.id };
  });
}
