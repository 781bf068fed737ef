import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { loadForChange } from '../journalpost/load-for-change.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import type { Arkivmelding } from './domain/task-kinds.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';

/**
 * The case worker's checks on receipt (seed 002, 10.1 steps 2 and 4): a
 * record wrongly distributed, a title or case the archive should change, or
 * a remark, each a task in the archive's queue with the case worker's text,
 * logged on the record. Those who may write remarks on the record send them.
 */
export async function meldTilArkivet(ctx: Ctx, journalpostId: string, input: { type: Arkivmelding; merknad: string }) {
  const merknad = input.merknad?.trim();
  if (!merknad) throw fieldError('merknad', 'må fylles ut', 'is required');
  return inTenant(ctx, async (tx) => {
    const { record } = await loadForChange(ctx, tx, journalpostId, 'merknad');
    const [id] = await repo.create(
      tx,
      ctx.role.organisasjonId,
      ctx.actor.brukerId,
      [
        {
          oppgavetype: input.type,
          mottakerBrukerId: null,
          mottakerEnhetId: null,
          saksmappeId: record.saksmappe_id,
          journalpostId: record.id,
          frist: null,
          merknad,
        },
      ],
      osloDate(ctx.now()),
    );
    return { oppgaveId: id! };
  });
}
