import type { Database } from '../../../db/open-database.js';
import type { FileStore } from '../../../files/file-store.js';
import { jobRepository } from '../../../jobs/job-repository.js';
import type { JobHandler } from '../../../jobs/job-runner.js';
import type { Log } from '../../../shared/context.js';
import { systemOwnerCtx } from '../../../shared/system-actor.js';
import { organisationRepository } from '../../organisations/organisation-repository.js';
import { mottakSettings, type MottakSettings } from '../mottak-settings.js';
import { pollPostmottak } from './poll-postmottak.js';

/** The background job that empties one organisation's postmottak (data: the organisation's kortnavn). */
export const POLL_JOB = 'hent-postmottak';

/**
 * The job's handler: the mailbox configured for the job's organisation,
 * emptied as the system (the queue names «Saksgang (system)» as receiver).
 * A failed poll is tried again by the job runner; the next period's poll
 * would also fetch what was left.
 */
export function pollJobHandler(deps: { store: FileStore; maxBytes: number; settings?: MottakSettings }): JobHandler {
  return async ({ db, log, job }) => {
    const settings = deps.settings ?? mottakSettings();
    const kortnavn = String(job.data.organisasjon ?? '');
    const mailbox = settings.postmottak.find((m) => m.organisasjon === kortnavn);
    if (!mailbox || !job.organisasjon_id) return;
    const ctx = systemOwnerCtx(db, job.organisasjon_id, log);
    await pollPostmottak(ctx, deps.store, mailbox, { maxBytes: deps.maxBytes, maxVedleggBytes: settings.maxVedleggBytes });
  };
}

/**
 * Enqueues a poll of every configured postmottak at start and every
 * period (one job per organisation and period, however many servers share
 * the database). Returns the function that stops the timer.
 */
export function schedulePostmottak(deps: { db: Database; log: Log; wake: () => void; settings?: MottakSettings }): () => void {
  const settings = deps.settings ?? mottakSettings();
  if (settings.postmottak.length === 0) return () => undefined;
  const everyMs = settings.pollEveryMs;
  const enqueue = async () => {
    const slot = Math.floor(Date.now() / everyMs);
    try {
      for (const mailbox of settings.postmottak) {
        const org = await organisationRepository.findOrganisationByKortnavn(deps.db, mailbox.organisasjon);
        if (!org) {
          deps.log.warn({ organisasjon: mailbox.organisasjon }, 'postmottak configured for an organisation that does not exist');
          continue;
        }
        const data = { organisasjon: mailbox.organisasjon };
        await jobRepository.enqueue(deps.db, {
          organisasjonId: org.id,
          type: POLL_JOB,
          nokkel: `${org.id}:${everyMs}:${slot}`,
          data,
          maksForsok: 2,
        });
      }
      deps.wake();
    } catch (error) {
      deps.log.warn({ err: error }, 'could not schedule the postmottak polls');
    }
  };
  void enqueue();
  const timer = setInterval(() => void enqueue(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
