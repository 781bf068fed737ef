import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { resolveMedarbeider } from '../saksmappe/resolve-people.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';
import { assertDistributable, openTaskForStep, recordForDistribution } from './task-step.js';

export interface FordelInput {
  saksbehandlerId: string;
  /** The leader's deadline (behandlingsfrist); else the record's due date stands. */
  frist?: string | null | undefined;
  merknad?: string | null | undefined;
}

/**
 * The leader (or deputy) distributes a record from «Til fordeling» to a case
 * worker, with an optional deadline and remark (seed 001: «Leder fordeler
 * deretter saken til riktig saksbehandler … påfører eventuell
 * behandlingsfrist og merknader»). The record gets its case worker (and
 * deadline); a new case (its first record) gets them as case owner; the
 * unit's task closes as distributed and the case worker gets the record to
 * answer, notified. A note (N) distributed from a unit keeps its author as
 * case worker; only the task moves.
 */
export async function fordelJournalpost(ctx: Ctx, oppgaveId: string, input: FordelInput) {
  const orgId = ctx.role.organisasjonId;
  const today = osloDate(ctx.now());
  if (input.frist && input.frist < today) throw fieldError('frist', 'kan ikke være før i dag', 'cannot be before today');
  return inTenant(ctx, async (tx) => {
    const task = await openTaskForStep(ctx, tx, oppgaveId, 'fordel');
    const { record, saksmappe } = await recordForDistribution(ctx, tx, task.journalpost_id!);
    assertDistributable({ record, saksmappe });
    const person = await resolveMedarbeider(tx, orgId, input.saksbehandlerId, 'saksbehandlerId');
    const frist = input.frist ?? record.forfallsdato;
    // A note stays its author's (krav 3.2.24 freezes a dispatched note's saksbehandler): the recipient answers through the task.
    const incoming = record.journalposttype === 'I';
    if (incoming) await records.update(tx, orgId, record.id, { saksbehandler_id: person.id, forfallsdato: frist });
    if (incoming && record.journalpostnummer === 1 && saksmappe.saksansvarlig_id !== person.id) {
      await cases.update(tx, orgId, saksmappe.id, { saksansvarlig_id: person.id });
    }
    await repo.close(tx, orgId, { ids: [task.id] }, 'fordelt', ctx.actor.brukerId);
    const merknad = input.merknad?.trim() || null;
    const [id] = await repo.create(
      tx,
      orgId,
      ctx.actor.brukerId,
      [
        {
          oppgavetype: 'besvare',
          mottakerBrukerId: person.id,
          mottakerEnhetId: null,
          saksmappeId: saksmappe.id,
          journalpostId: record.id,
          frist,
          merknad,
        },
      ],
      today,
    );
    return { oppgaveId: id! };
  });
}
