import { inTenant } from '../../../db/tenant.js';
import { jobRepository } from '../../../jobs/job-repository.js';
import type { Ctx } from '../../../shared/context.js';
import { DomainError } from '../../../shared/errors.js';
import { loadForChange } from '../../journalpost/load-for-change.js';
import { EKSPEDERING_JOBB } from '../ekspeder-journalpost.js';
import { utsendingRepository as repo } from './utsending-repository.js';

/**
 * «Prøv igjen»: the record's failed dispatches are tried again now, from
 * their first try (one that still waits for its next try goes at once). Who
 * may dispatch the record may (the change rule's status change: its case
 * worker, the case owner, leaders of its unit, the archive). The jobs'
 * reports mark each row sent or failed as before.
 */
export async function provEkspederingIgjen(ctx: Ctx, journalpostId: string): Promise<{ antall: number }> {
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    await loadForChange(ctx, tx, journalpostId, 'status');
    const failed = await repo.failedOf(tx, org, journalpostId);
    const woken = await jobRepository.wakeByKeys(tx, org, Object.values(EKSPEDERING_JOBB), failed);
    if (woken.length === 0) {
      throw new DomainError('CONFLICT', {
        nb: 'Ingen mislykket ekspedering å prøve igjen på denne journalposten.',
        en: 'There is no failed dispatch to try again on this record.',
      });
    }
    return { antall: woken.length };
  });
}
