import { oppgaveRepository as tasks } from '../oppgaver/oppgave-repository.js';
import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, DomainError } from '../../shared/errors.js';
import { recordForDistribution } from '../oppgaver/task-step.js';
import { changeActorOf, loadChangeTargets } from '../tilgang/change-access.js';
import { mayChange } from '../tilgang/domain/change-rule.js';
import { changeRefusalText } from '../tilgang/domain/change-rule-messages.js';
import { besvarelseRepository as repo } from './besvarelse-repository.js';
import { mayAnswer } from './domain/besvar-rules.js';

/**
 * Locks a record (and its case, in registration's order) to answer or write
 * it off, and checks the actor may (`mayAnswer`). For a note (N), also the
 * internal recipient the actor answers for (krav 3.4.6): their own party, or
 * their unit's; null when they answer for the whole record.
 */
export async function loadForAnswer(ctx: Ctx, tx: Tx, id: string) {
  const orgId = ctx.role.organisasjonId;
  const { record, saksmappe } = await recordForDistribution(ctx, tx, id);
  const target = (await loadChangeTargets(tx, orgId, saksmappe)).journalpost(record);
  const remarks = mayChange(changeActorOf(ctx), target, 'merknad');
  const holds = await tasks.holdsAnswerTask(tx, orgId, id, ctx.actor.brukerId);
  // A closed case or an archived record is answered no more, whoever asks (the rule says who first, then the state).
  if (!remarks.allowed && remarks.code !== 'ACCESS_DENIED') throw new DomainError(remarks.code, changeRefusalText(remarks));
  if (!mayAnswer({ mayWriteRemarks: remarks.allowed, holdsAnswerTask: holds })) {
    throw accessDenied({
      nb: 'Bare saksbehandleren, saksansvarlig, ledere ved enheten, arkivet eller den som har journalposten til besvarelse kan besvare eller avskrive den.',
      en: 'Only the case worker, the case owner, leaders of the unit, the archive or whoever holds the record to answer may answer or write it off.',
    });
  }
  const mottakerId =
    record.journalposttype === 'N'
      ? await repo.internalRecipientOf(tx, orgId, id, { brukerId: ctx.actor.brukerId, enhetId: ctx.role.administrativEnhetId })
      : null;
  return { record, saksmappe, mottakerId, holdsTask: holds };
}
