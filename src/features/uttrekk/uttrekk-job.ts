import fs from 'node:fs';
import path from 'node:path';
import { inTenant } from '../../db/tenant.js';
import { jobRepository } from '../../jobs/job-repository.js';
import { PermanentJobError, type JobContext, type JobHandler } from '../../jobs/job-runner.js';
import { DomainError } from '../../shared/errors.js';
import { systemOwnerCtx } from '../../shared/system-actor.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { exportArkivuttrekk } from './export-arkivuttrekk.js';
import { packageDir } from './uttrekk-dir.js';
import { uttrekkRepository as runs } from './uttrekk-repository.js';

/**
 * The job's lease: a run that writes shows it is alive at least this often
 * (progress, or the self-check's heartbeat), and each sign of life extends
 * the lease; a run whose process died is taken again when it runs out.
 */
export const UTTREKK_LEASE_SECONDS = 120;

export const INTERRUPTED_TEXT = 'Arkivuttrekket ble avbrutt da tjeneren stoppet, også ved nytt forsøk. Start et nytt uttrekk.';

/**
 * Carries out a run the archive asked for (`startArkivuttrekk`) with the
 * CLI's use case, as the system: progress on the run, the package under the
 * extractions' folder. A run taken again after its process died starts
 * over; after the last try it is marked failed. Every failure is final (a
 * failing self-check fails the job): the archive starts a new run.
 */
export function uttrekkJobHandler(stores: () => DocumentStores, root: string): JobHandler {
  return async ({ db, log, job }: JobContext): Promise<void> => {
    const org = job.organisasjon_id!;
    const uttrekkId = String(job.data.uttrekkId);
    const ctx = systemOwnerCtx(db, org, log);
    if (job.forsok > job.maks_forsok) {
      await inTenant(ctx, (tx) => runs.failRun(tx, org, uttrekkId, INTERRUPTED_TEXT));
      throw new PermanentJobError(INTERRUPTED_TEXT);
    }
    const out = packageDir(root, org, uttrekkId);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    try {
      await exportArkivuttrekk(ctx, stores(), {
        uttrekkId,
        out,
        onProgress: () => jobRepository.extendLease(db, job.id, UTTREKK_LEASE_SECONDS),
      });
    } catch (error) {
      throw new PermanentJobError(error instanceof DomainError ? error.text.nb : (error as Error).message);
    }
  };
}
