import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, accessDenied, fieldError } from '../../shared/errors.js';
import { endringsloggRepository } from '../endringslogg/endringslogg-repository.js';
import { oppgaveRepository as tasks } from '../oppgaver/oppgave-repository.js';
import type { Oppgavetype } from '../oppgaver/domain/task-kinds.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import type { Flyttype, Refusal } from './domain/flyt.js';

/** The task a round's current person holds. */
export const STEP_TASK: Record<Flyttype, Oppgavetype> = { godkjenning: 'godkjenne', gjennomgang: 'gjennomgaa' };

/** A refusal of the flow's rules as the domain error the HTTP edge maps. */
export function refusalError(r: Refusal): DomainError {
  if (r.code === 'VALIDATION_FAILED') return fieldError(r.field ?? 'til', r.message.nb, r.message.en);
  if (r.code === 'ACCESS_DENIED') return accessDenied({ nb: r.message.nb, en: r.message.en });
  return new DomainError('CONFLICT', { nb: r.message.nb, en: r.message.en });
}

/** One task for one person on the record, notified unless it is the actor's own. */
export async function giveTask(
  ctx: Ctx,
  tx: Tx,
  record: { id: string; saksmappe_id: string },
  oppgavetype: Oppgavetype,
  brukerId: string,
  merknad: string | null,
) {
  await tasks.create(
    tx,
    ctx.role.organisasjonId,
    ctx.actor.brukerId,
    [
      {
        oppgavetype,
        mottakerBrukerId: brukerId,
        mottakerEnhetId: null,
        saksmappeId: record.saksmappe_id,
        journalpostId: record.id,
        frist: null,
        merknad,
      },
    ],
    osloDate(ctx.now()),
  );
}

/** A step of the flow on the record's change log, in words (field «dokumentflyt»). */
export async function logFlyt(tx: Tx, journalpostId: string, text: string) {
  await endringsloggRepository.append(tx, 'journalpost', journalpostId, [{ felt: 'dokumentflyt', tidligereVerdi: null, nyVerdi: text }]);
}
