import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, fieldError } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { resolveEnhet, resolveMedarbeider } from '../saksmappe/resolve-people.js';
import { mayTakeStep } from './domain/task-rule.js';
import type { Oppgavetype } from './domain/task-kinds.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';
import { assertDistributable, recordForDistribution, taskActorOf } from './task-step.js';

export interface OmfordelInput {
  til: { brukerId: string } | { enhetId: string };
  begrunnelse: string;
}

/**
 * Redistributes a record to another case worker or unit, with the reason
 * (issue 13 item 4): whoever holds its distribution or answer task now, or
 * the archive. Those tasks close as passed on; the new receiver gets the
 * record to answer (a person) or to distribute (a unit), notified, and the
 * record's case worker or unit changes with it, logged.
 */
export async function omfordelJournalpost(ctx: Ctx, journalpostId: string, input: OmfordelInput) {
  const orgId = ctx.role.organisasjonId;
  if (!input.begrunnelse?.trim()) throw fieldError('begrunnelse', 'må fylles ut', 'is required');
  return inTenant(ctx, async (tx) => {
    const { record, saksmappe } = await recordForDistribution(ctx, tx, journalpostId);
    const open = await repo.openOfRecord(tx, orgId, record.id, ['fordele', 'besvare']);
    const actor = taskActorOf(ctx);
    const held = open.filter((t) =>
      mayTakeStep(
        actor,
        { oppgavetype: t.oppgavetype as Oppgavetype, mottakerBrukerId: t.mottaker_bruker_id, mottakerEnhetId: t.mottaker_enhet_id },
        'omfordel',
      ),
    );
    if (held.length === 0 && ctx.role.rolle !== 'ARK') {
      throw accessDenied({
        nb: 'Bare den som har journalposten til fordeling eller besvarelse, eller arkivet, fordeler den videre.',
        en: 'Only whoever holds the record to distribute or answer, or the archive, redistributes it.',
      });
    }
    assertDistributable({ record, saksmappe });
    const toPerson = 'brukerId' in input.til;
    const receiver =
      'brukerId' in input.til
        ? await resolveMedarbeider(tx, orgId, input.til.brukerId, 'til.brukerId')
        : await resolveEnhet(tx, orgId, input.til.enhetId, 'til.enhetId');
    // A note stays its author's (krav 3.2.24): only its task moves.
    if (record.journalposttype === 'I') {
      await records.update(tx, orgId, record.id, toPerson ? { saksbehandler_id: receiver.id } : { administrativ_enhet_id: receiver.id });
    }
    await repo.close(tx, orgId, { ids: held.map((t) => t.id) }, 'videresendt', ctx.actor.brukerId);
    const begrunnelse = input.begrunnelse.trim();
    const [id] = await repo.create(
      tx,
      orgId,
      ctx.actor.brukerId,
      [
        {
          oppgavetype: toPerson ? 'besvare' : 'fordele',
          mottakerBrukerId: toPerson ? receiver.id : null,
          mottakerEnhetId: toPerson ? null : receiver.id,
          saksmappeId: saksmappe.id,
          journalpostId: record.id,
          frist: record.forfallsdato,
          merknad: begrunnelse,
        },
      ],
      osloDate(ctx.now()),
    );
    return { oppgaveId: id! };
  });
}
