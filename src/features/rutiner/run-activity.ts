import { inTenantOr, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import type { TaskToCreate } from '../oppgaver/oppgave-repository.js';
import { oppgaveRepository as tasks } from '../oppgaver/oppgave-repository.js';
import type { Oppgavetype } from '../oppgaver/domain/task-kinds.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { findActivity, openActivities, type ActivityDefinition, type Facts, type Objekt } from './domain/routine.js';
import { STANDARD_ROUTINE } from './domain/standard-routine.js';
import { collectFacts } from './collect-facts.js';
import type { FactSubject } from './facts.js';

/** A task the handler asks for; the engine fills in the object it is about. */
export type RequestedTask = Omit<TaskToCreate, 'oppgavetype' | 'saksmappeId' | 'journalpostId'>;

/** What a handler may ask of the engine: tasks of the kinds its activity declares. */
export interface ActivityEffects {
  opprett(oppgavetype: Oppgavetype, receivers: readonly RequestedTask[]): void;
}

/** The work of one or more activities, inside the engine's transaction. */
export interface Handler<I, R> {
  readonly name: string;
  run(ctx: Ctx, tx: Tx, subject: FactSubject, input: I, activity: ActivityDefinition, fx: ActivityEffects): Promise<R>;
}

export const defineHandler = <I, R>(name: string, run: Handler<I, R>['run']): Handler<I, R> => ({ name, run });

/**
 * THE ENGINE: runs one activity of the routine on an object, in one
 * transaction: works out the facts, refuses an activity that is not open,
 * lets the handler do the work, then closes and creates the tasks the
 * definition names. Every adapter (app API, later the Noark 5 API and
 * flows) reaches a routine's step through here.
 *
 * When the activity is not open the handler still runs first, inside the
 * transaction that is then rolled back: the rules it enforces (the change
 * rule, the transition table, a feature's own) give the precise reason;
 * only if none of them refuses does the engine answer that the routine
 * does not offer the step now.
 */
export async function runActivity<I, R>(
  ctx: Ctx,
  objekt: Objekt,
  id: string,
  aktivitetId: string,
  handler: Handler<I, R>,
  input: I,
  within?: Tx,
): Promise<R> {
  const activity = findActivity(STANDARD_ROUTINE, aktivitetId);
  if (!activity || activity.objekt !== objekt || activity.utfoerer !== handler.name) {
    throw new Error(`routine has no activity ${aktivitetId} on ${objekt} done by ${handler.name}`);
  }
  return inTenantOr(within, ctx, async (tx) => runWithFacts(ctx, tx, await collectFacts(ctx, tx, objekt, id), activity, handler, input));
}

/** The engine's work once the facts are known (`runStatusStep` picks the step by them first). */
export async function runWithFacts<I, R>(
  ctx: Ctx,
  tx: Tx,
  { subject, facts }: { subject: FactSubject; facts: Facts },
  activity: ActivityDefinition,
  handler: Handler<I, R>,
  input: I,
): Promise<R> {
  const { objekt, id } = subject;
  const open = openActivities(STANDARD_ROUTINE, objekt, facts).includes(activity);
  const requested: TaskToCreate[] = [];
  const fx: ActivityEffects = {
    opprett(oppgavetype, receivers) {
      if (!activity.oppretter?.includes(oppgavetype)) throw new Error(`activity ${activity.id} does not create ${oppgavetype} tasks`);
      // Tasks are about records (a case's tasks wait for the issue that needs them).
      if (objekt !== 'journalpost') throw new Error(`activity ${activity.id}: tasks on a case are not supported`);
      const about = { saksmappeId: subject.saksmappeId, journalpostId: id };
      requested.push(...receivers.map((r) => ({ ...r, ...about, oppgavetype })));
    },
  };
  const result = await handler.run(ctx, tx, subject, input, activity, fx);
  if (!open) throw notOpen(activity);
  await applyEffects(ctx, tx, subject, activity, requested);
  return result;
}

async function applyEffects(ctx: Ctx, tx: Tx, subject: FactSubject, activity: ActivityDefinition, requested: TaskToCreate[]) {
  const orgId = ctx.role.organisasjonId;
  if (activity.lukker) {
    const which =
      subject.objekt === 'journalpost'
        ? { journalpostId: subject.id, typer: activity.lukker.typer }
        : { saksmappeId: subject.id, typer: activity.lukker.typer };
    await tasks.close(tx, orgId, which, activity.lukker.hvordan, ctx.actor.brukerId);
  }
  await tasks.create(tx, orgId, ctx.actor.brukerId, requested, osloDate(ctx.now()));
}

const notOpen = (activity: ActivityDefinition) =>
  new DomainError('ACTIVITY_NOT_OPEN', {
    nb: `«${activity.navn.nb}» kan ikke gjøres nå: rutinen tilbyr det ikke i denne tilstanden.`,
    en: `«${activity.navn.en}» cannot be done now: the routine does not offer it in this state.`,
  });
