import { backoffSeconds, PermanentJobError, type JobContext, type JobHandler } from '../../../jobs/job-runner.js';
import { systemOwnerCtx } from '../../../shared/system-actor.js';
import type { DocumentStores } from '../../sikker-sone/document-stores.js';
import type { EksternKanal } from '../domain/kanal.js';
import { reportKanalResultat } from '../report-kanal-resultat.js';
import { KanalAvvist, loadUtsending, readVedlegg, type Utsending, type Vedlegg } from './utsending.js';

/** One channel's way of sending one recipient's letter; returns the channel's reference (Message-ID, forsendelse id, print file). */
export type KanalSender = (u: Utsending, vedlegg: () => Promise<Vedlegg[]>, now: Date) => Promise<string>;

/** How many tries a dispatch gets (10 s, 1 min, 6 min, 36 min apart) before the case worker is left to act. */
export const EKSPEDERING_FORSOK = 5;

/**
 * The job of one external channel for one dispatch row (`data.ekspederingId`).
 * The row is marked sent only after the channel confirmed it (SMTP server
 * accepted the message, SvarUt answered a forsendelse id, the print file
 * is in place) — nothing is marked sent that was not. A failed try is
 * recorded on the row at once, with when the next try is (the case worker
 * sees it on the record page and in «Feilet ekspedering»), and the job is
 * tried again with backoff; a failure no try can mend fails at once. After
 * the last try the case worker is notified («Ekspedering feilet»). A row
 * already sent (a job taken again after its process died after reporting)
 * is left alone.
 */
export function kanalJobHandler(kanal: EksternKanal, send: KanalSender, stores: () => DocumentStores): JobHandler {
  return async ({ db, log, job }: JobContext) => {
    const org = job.organisasjon_id;
    const id = (job.data as { ekspederingId?: unknown }).ekspederingId;
    if (!org || typeof id !== 'string') throw new PermanentJobError('the dispatch job names no dispatch row');
    const ctx = systemOwnerCtx(db, org, log);
    const u = await loadUtsending(ctx, id);
    if (!u) throw new PermanentJobError(`dispatch ${id} is gone`);
    if (u.status === 'sendt') return;
    if (u.kanal !== kanal) throw new PermanentJobError(`dispatch ${id} goes by ${u.kanal}, not ${kanal}`);
    let referanse: string;
    try {
      referanse = await send(u, () => readVedlegg(stores(), org, u), ctx.now());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = error instanceof KanalAvvist || job.forsok >= job.maks_forsok;
      const next = last ? null : new Date(Date.now() + backoffSeconds(job.forsok) * 1000);
      await reportKanalResultat(ctx, id, { status: 'feilet', feilmelding: failureText(job.forsok, message, next), siste: last });
      log.warn({ ekspedering: id, kanal, attempt: job.forsok, err: error }, 'dispatch failed');
      throw last ? new PermanentJobError(message) : error;
    }
    await reportKanalResultat(ctx, id, { status: 'sendt', referanse });
  };
}

/** What the case worker reads: which try failed, why, and whether another comes. */
function failureText(attempt: number, message: string, next: Date | null): string {
  const when = next ? `; nytt forsøk / next try ${next.toISOString()}` : '; ingen flere forsøk / no more tries';
  return `forsøk / try ${attempt}: ${message}${when}`;
}
