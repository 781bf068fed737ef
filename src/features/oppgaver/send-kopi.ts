import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { loadForChange } from '../journalpost/load-for-change.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { resolveEnhet, resolveMedarbeider } from '../saksmappe/resolve-people.js';
import { oppgaveRepository as repo, type TaskToCreate } from './oppgave-repository.js';

/** Recipients of one «kopi til» at most. */
export const MAX_KOPIMOTTAKERE = 50;

export interface KopiInput {
  mottakere: ({ brukerId: string } | { enhetId: string })[];
  merknad?: string | null | undefined;
}

/**
 * «Kopi til» (seed 002, 10.7; 10.1 step 7): people or units get a copy of a
 * record to read, in their «Kopier» list, notified. A copy recipient reads
 * the record in full, screened or not (the read rule's copy recipients; a
 * unit's copy its leaders). Who may send copies: those who may write remarks
 * on the record (its case worker, the case owner, leaders, the archive),
 * also after journalføring: a copy changes nobody's reading of the content
 * but the recipients'.
 */
export async function sendKopi(ctx: Ctx, journalpostId: string, input: KopiInput) {
  const orgId = ctx.role.organisasjonId;
  if (input.mottakere.length === 0) throw fieldError('mottakere', 'må ha minst én mottaker', 'needs at least one recipient');
  if (input.mottakere.length > MAX_KOPIMOTTAKERE) {
    throw fieldError('mottakere', `kan ha høyst ${MAX_KOPIMOTTAKERE} mottakere`, `may have at most ${MAX_KOPIMOTTAKERE} recipients`);
  }
  return inTenant(ctx, async (tx) => {
    const { record } = await loadForChange(ctx, tx, journalpostId, 'merknad');
    const merknad = input.merknad?.trim() || null;
    const tasks: TaskToCreate[] = [];
    for (const [i, m] of input.mottakere.entries()) {
      const person = 'brukerId' in m ? await resolveMedarbeider(tx, orgId, m.brukerId, `mottakere.${i}.brukerId`) : null;
      const enhet = 'enhetId' in m ? await resolveEnhet(tx, orgId, m.enhetId, `mottakere.${i}.enhetId`) : null;
      tasks.push({
        oppgavetype: 'kopi',
        mottakerBrukerId: person?.id ?? null,
        mottakerEnhetId: enhet?.id ?? null,
        saksmappeId: record.saksmappe_id,
        journalpostId: record.id,
        frist: null,
        merknad,
      });
    }
    return { oppgaveIder: await repo.create(tx, orgId, ctx.actor.brukerId, tasks, osloDate(ctx.now())) };
  });
}
