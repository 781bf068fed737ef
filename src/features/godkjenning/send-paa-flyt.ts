import type { Tx } from '../../db/tenant.js';
import { assertRoomFor } from '../../db/caps-repository.js';
import type { Ctx } from '../../shared/context.js';
import { loadForChange } from '../journalpost/load-for-change.js';
import { oppgaveRepository as tasks } from '../oppgaver/oppgave-repository.js';
import { defineHandler, runActivity } from '../rutiner/run-activity.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { APPROVER_ROLES, REVIEWER_ROLES, checkStart, type Flyttype } from './domain/flyt.js';
import { STEP_TASK, giveTask, logFlyt, refusalError } from './flyt-effects.js';
import { flytRepository as repo } from './flyt-repository.js';

export interface SendPaaFlytInput {
  flyttype: Flyttype;
  /** The people, in order: the first gets it now. */
  til: string[];
  merknad?: string | null | undefined;
}

/**
 * «Send til godkjenning» / «Send til gjennomgang» (seed 001: «sendes … til
 * leder for elektronisk godkjenning. NB! Her er det mulig å legge til flere
 * ledd»): starts a round on the record. The first person gets the document
 * in their «Til godkjenning» list, notified; the others wait their turn. The
 * case worker's earlier answers from rounds on the record are done with.
 */
export async function sendPaaFlyt(ctx: Ctx, journalpostId: string, { flyttype, ...input }: SendPaaFlytInput) {
  return runActivity(ctx, 'journalpost', journalpostId, `send-til-${flyttype}`, dokumentflytSendHandler, input);
}

/** The routine's «Send til godkjenning» and «Send til gjennomgang»: the kind of round is the definition's `parametre.flyttype`. */
export const dokumentflytSendHandler = defineHandler(
  'dokumentflyt-send',
  (ctx, tx, subject, input: Omit<SendPaaFlytInput, 'flyttype'>, activity) =>
    applySendPaaFlyt(ctx, tx, subject.id, { ...input, flyttype: activity.parametre!.flyttype as Flyttype }),
);

/** The step inside a given transaction (the activity engine's handler). */
export async function applySendPaaFlyt(ctx: Ctx, tx: Tx, journalpostId: string, input: SendPaaFlytInput) {
  const orgId = ctx.role.organisasjonId;
  // Approval leads to finishing, so it asks what a status change asks; review what a remark asks.
  const { record } = await loadForChange(ctx, tx, journalpostId, input.flyttype === 'godkjenning' ? 'status' : 'merknad');
  const active = await repo.active(tx, orgId, record.id);
  const roles = input.flyttype === 'godkjenning' ? APPROVER_ROLES : REVIEWER_ROLES;
  const eligible = await repo.withRole(tx, orgId, input.til, roles, osloDate(ctx.now()));
  const checked = checkStart({
    flyttype: input.flyttype,
    actor: { brukerId: ctx.actor.brukerId, rolle: ctx.role.rolle },
    record,
    active: active ? { flyttype: active.flyttype as Flyttype } : null,
    til: input.til,
    eligible,
  });
  if (!checked.ok) throw refusalError(checked.refusal);
  await assertRoomFor(tx, 'flytrunder', orgId, record.id);
  const now = ctx.now();
  const flyt = await repo.insertFlyt(tx, orgId, { journalpostId: record.id, flyttype: input.flyttype, sendtAv: ctx.actor.brukerId, now });
  await repo.insertSteps(tx, orgId, { id: flyt.id, journalpostId: record.id, sendtAv: ctx.actor.brukerId }, input.til, now);
  await tasks.close(tx, orgId, { journalpostId: record.id, typer: ['flytsvar'] }, 'lest', ctx.actor.brukerId);
  const merknad = input.merknad?.trim() || null;
  await giveTask(ctx, tx, record, STEP_TASK[input.flyttype], input.til[0]!, merknad);
  const names = await repo.names(tx, input.til);
  const chain = input.til.map((id) => names.get(id) ?? id).join(' → ');
  await logFlyt(tx, record.id, `Sendt til ${input.flyttype}: ${chain}${merknad ? ` – ${merknad}` : ''}`);
  return { flytId: flyt.id };
}
