import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { oppgaveRepository as tasks } from '../oppgaver/oppgave-repository.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { ekspederingRepository as repo } from './ekspedering-repository.js';

/** What a channel's job found: the recipient got it (with the channel's reference), or it failed (why, for the case worker). */
export type KanalResultat =
  | { status: 'sendt'; referanse?: string | null | undefined }
  | {
      status: 'feilet';
      feilmelding: string;
      /** No try comes after this one: the case worker is told («Ekspedering feilet», notified). */
      siste?: boolean | undefined;
    };

/**
 * THE SEAM for the external channels (e-mail, SvarUt, print): a channel's
 * job reports one recipient's outcome here, with a system context of the
 * dispatch's organisation (`systemOwnerCtx`). Sent is recorded once and
 * never undone; a failure is shown to the case worker and may be followed
 * by a later try that sends. When the last recipient of a record is sent,
 * the record's `sendtDato` is set: nothing is marked sent that was not.
 * When the last try failed, the record's case worker gets a task «Ekspedering
 * feilet» with the notification every task brings (one open at a time).
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
  if (after && result.status === 'feilet' && result.siste) await tellCaseWorker(ctx, tx, after.journalpostId, row.ekspedert_av);
  return after;
}

/** The record's case worker (else whoever dispatched it) gets a task «Ekspedering feilet», notified, unless one is open. */
async function tellCaseWorker(ctx: Ctx, tx: Tx, journalpostId: string, ekspedertAv: string) {
  const orgId = ctx.role.organisasjonId;
  const record = (await records.find(tx, orgId, journalpostId))!;
  const mottaker = record.saksbehandler_id ?? ekspedertAv;
  const open = await tasks.openOfRecord(tx, orgId, journalpostId, ['ekspederingsfeil']);
  if (open.some((t) => t.mottaker_bruker_id === mottaker)) return;
  const task = {
    oppgavetype: 'ekspederingsfeil' as const,
    mottakerBrukerId: mottaker,
    mottakerEnhetId: null,
    saksmappeId: record.saksmappe_id,
    journalpostId,
    frist: null,
    merknad: null,
  };
  await tasks.create(tx, orgId, ctx.actor.brukerId, [task], osloDate(ctx.now()));
}
