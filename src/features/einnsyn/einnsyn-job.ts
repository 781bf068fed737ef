import { einnsynClient, EinnsynError, type EinnsynClient } from '../../integrations/einnsyn/einnsyn-client.js';
import type { EinnsynKonto } from '../../integrations/einnsyn/einnsyn-settings.js';
import { PermanentJobError, type JobHandler } from '../../jobs/job-runner.js';
import { findPublicEntry } from '../offentlig-journal/find-public-entry.js';
import { einnsynRepository as repo } from './einnsyn-repository.js';
import { publishJournalpost } from './publish-journalpost.js';

/** The job the database queues for a record whose publication may have changed (0069). */
export const EINNSYN_JOB = 'einnsyn-publiser';

/**
 * Publishes, updates or withdraws one record at eInnsyn as the public sees
 * it when the job runs (not when it was queued: a later change is never
 * overtaken by an earlier one in a runner). eInnsyn down or busy: the job is
 * tried again with backoff; a request eInnsyn refuses as wrong fails the job
 * for the system owner to see («Jobber»).
 */
export function einnsynJobHandler(
  kontoer: readonly EinnsynKonto[],
  /** The server's public address: eInnsyn links a full text to the public journal's file route there. */
  publicUrl: string,
  clientOf: (k: EinnsynKonto) => EinnsynClient = einnsynClient,
): JobHandler {
  return async ({ db, log, job }) => {
    const journalpostId = (job.data as { journalpostId?: string }).journalpostId;
    const org = job.organisasjon_id ? await repo.organisation(db, job.organisasjon_id) : undefined;
    const konto = org && kontoer.find((k) => k.organisasjon === org.kortnavn);
    if (!org || !konto || !journalpostId) return;
    const entry = await findPublicEntry(db, org.id, journalpostId);
    try {
      const fullText = (dokumentobjektId: string) =>
        new URL(`/api/offentlig/${org.organisasjonsnummer}/dokumenter/${dokumentobjektId}/fil`, publicUrl).toString();
      const done = await publishJournalpost(clientOf(konto), org, journalpostId, entry, fullText);
      log.info({ journalpostId, einnsyn: done }, 'eInnsyn');
    } catch (error) {
      if (error instanceof EinnsynError && !error.retryable) throw new PermanentJobError(error.message);
      throw error;
    }
  };
}
