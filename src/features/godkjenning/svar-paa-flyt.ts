import type { Tx } from '../../db/tenant.js';
import { checkRoom } from '../../shared/caps.js';
import type { Ctx } from '../../shared/context.js';
import { oppgaveRepository as tasks } from '../oppgaver/oppgave-repository.js';
import type { LukketHvordan } from '../oppgaver/domain/task-kinds.js';
import { assertDistributable, recordForDistribution } from '../oppgaver/task-step.js';
import { defineHandler, runActivity } from '../rutiner/run-activity.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { APPROVER_ROLES, REVIEWER_ROLES, decide, describeOutcome, type Decision, type Handling } from './domain/flyt.js';
import { STEP_TASK, giveTask, logFlyt, refusalError } from './flyt-effects.js';
import { flytRepository as repo, toFlyt } from './flyt-repository.js';

const CLOSED_AS: Record<Handling, LukketHvordan> = {
  godkjenn: 'godkjent',
  returner: 'returnert',
  videresend: 'videresendt',
  gjennomgaatt: 'gjennomgaatt',
};

/**
 * The current approver's or reviewer's answer (seed 001, «Leder utfører en
 * av følgende aktiviteter: godkjenner … godkjenner ikke, og velger å
 * returnere dokumentet med påført kommentar … videresender … ved å velge
 * aktuell leders navn, med påført kommentar»): «Godkjenn», «Returner»,
 * «Videresend» or «Ferdig gjennomgått». Their task closes; the next person
 * gets theirs; the case worker is told (an answer in «Svar fra godkjenning»,
 * notified); the step is kept as Noark dokumentflyt and logged.
 */
export async function svarPaaFlyt(ctx: Ctx, journalpostId: string, { handling, ...input }: Decision) {
  return runActivity(ctx, 'journalpost', journalpostId, ACTIVITY_OF[handling], dokumentflytSvarHandler, input);
}

/** The routine's activity for each decision (`STANDARD_ROUTINE`). */
const ACTIVITY_OF: Record<Handling, string> = {
  godkjenn: 'godkjenn',
  returner: 'returner',
  videresend: 'videresend',
  gjennomgaatt: 'ferdig-gjennomgaatt',
};

/**
 * The routine's «Godkjenn», «Returner», «Videresend» and «Ferdig gjennomgått»:
 * the decision is the definition's `parametre.handling`. It closes only the
 * actor's own step task (the definitions name no `lukker`, which would close the next person's).
 */
export const dokumentflytSvarHandler = defineHandler('dokumentflyt-svar', (ctx, tx, subject, input: Omit<Decision, 'handling'>, activity) =>
  applySvarPaaFlyt(ctx, tx, subject.id, { ...input, handling: activity.parametre!.handling as Handling }),
);

/** The answer inside a given transaction (the activity engine's handler). */
export async function applySvarPaaFlyt(ctx: Ctx, tx: Tx, journalpostId: string, decision: Decision) {
  const orgId = ctx.role.organisasjonId;
  // Answering does not change what the record says, so the change rule does not ask; the round decides who answers.
  const { record, saksmappe } = await recordForDistribution(ctx, tx, journalpostId);
  const row = await repo.active(tx, orgId, record.id);
  const flyt = row ? toFlyt(row) : null;
  const forwardTo = decision.handling === 'videresend' ? (decision.til ?? null) : null;
  const today = osloDate(ctx.now());
  const forwardEligible =
    !!forwardTo &&
    !!flyt &&
    (await repo.withRole(tx, orgId, [forwardTo], flyt.flyttype === 'godkjenning' ? APPROVER_ROLES : REVIEWER_ROLES, today)).has(forwardTo);
  const checked = decide({ flyt, actor: { brukerId: ctx.actor.brukerId }, decision, forwardEligible });
  if (!checked.ok) throw refusalError(checked.refusal);
  assertDistributable({ record, saksmappe });
  const outcome = checked.value;
  const round = flyt!;
  if (outcome.next && 'newFor' in outcome.next) checkRoom('flytsteg', round.steg.length);
  const now = ctx.now();
  await repo.decideStep(tx, orgId, outcome.step.id, outcome.step.status, outcome.step.merknad, now);
  const held = await tasks.openOfRecord(tx, orgId, record.id, [STEP_TASK[round.flyttype]]);
  const mine = held.filter((t) => t.mottaker_bruker_id === ctx.actor.brukerId).map((t) => t.id);
  await tasks.close(tx, orgId, { ids: mine }, CLOSED_AS[decision.handling], ctx.actor.brukerId);
  for (const id of mine) await tasks.markNotificationsRead(tx, orgId, id);

  let nextPerson: string | null = null;
  if (outcome.next && 'existing' in outcome.next) {
    nextPerson = outcome.next.existing.flytTil;
    await repo.receiveStep(tx, orgId, outcome.next.existing.id, ctx.actor.brukerId, now);
  } else if (outcome.next) {
    nextPerson = outcome.next.newFor;
    await repo.insertForward(
      tx,
      orgId,
      { id: round.id, journalpostId: record.id },
      outcome.next.after,
      nextPerson,
      ctx.actor.brukerId,
      now,
    );
  }
  if (nextPerson) await giveTask(ctx, tx, record, STEP_TASK[round.flyttype], nextPerson, outcome.step.merknad);
  if (outcome.utfall) await repo.endFlyt(tx, orgId, round.id, outcome.utfall, now);

  const names = await repo.names(tx, [ctx.actor.brukerId, ...(nextPerson ? [nextPerson] : [])]);
  const what = describeOutcome(decision.handling, outcome.utfall).nb;
  const to = nextPerson && decision.handling === 'videresend' ? ` til ${names.get(nextPerson)}` : '';
  const text = `${what}${to} (${names.get(ctx.actor.brukerId)})${outcome.step.merknad ? ` – ${outcome.step.merknad}` : ''}`;
  // The case worker is told every answer (seed 001 2.1–2.3: «returnere … med påført kommentar til saksbehandler»).
  await giveTask(ctx, tx, record, 'flytsvar', round.sendtAv, text);
  await logFlyt(tx, record.id, text);
  return { utfall: outcome.utfall, nesteId: nextPerson };
}
