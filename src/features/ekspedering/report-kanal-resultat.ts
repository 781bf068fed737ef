import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { ekspederingRepository as repo } from './ekspedering-repository.js';

/** What a channel's job found: the recipient got it (with the channel's reference), or it failed (why, for the case worker). */
export type KanalResultat = { status: 'sendt'; referanse?: string | null | undefined } | { status: 'feilet'; feilmelding: string };

/**
 * THE SEAM for the external channels (e-mail, SvarUt, print): a channel's
 * job reports one recipient's outcome here, with a system context of the
 * dispatch's organisation (`systemOwnerCtx`). Sent is recorded once and
 * never undone; a failure is shown to the case worker and may be followed
 * by a later try that sends. When the last recipient of a record is sent,
 * the record's `sendtDato` is set: nothing is marked sent that was not.
 * Returns null when the row was already sent (a retried job).
 */
export function reportKanalResultat(ctx: Ctx, ekspederingId: string, result: KanalResultat) {
  return inTenant(ctx, (tx) => applyKanalResultat(ctx, tx, ekspederingId, result));
}

export async function applyKanalResultat(ctx: Ctx, tx: Tx, ekspederingId: string, result: KanalResultat) {
  const orgId = ctx.role.organisasjonId;
  const row = await repo.findForUpdate(tx, orgId, ekspederingId);
  if (!row) throw notFound({ nb: 'ekspederingen', en: 'dispatch' }, ekspederingId);
  const after = await repo.report(
    tx,
    orgId,
    ekspederingId,
    result.status === 'sendt'
      ? { status: 'sendt', referanse: result.referanse ?? null }
      : { status: 'feilet', feilmelding: result.feilmelding.slice(0, 4000) },
  );
  if (after && after.ikkeSendt === 0) await records.update(tx, orgId, after.journalpostId, { sendt_dato: ctx.now() });
  return after;
}
