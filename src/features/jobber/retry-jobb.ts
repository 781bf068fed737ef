import { inTenant } from '../../db/tenant.js';
import { jobRepository as repo } from '../../jobs/job-repository.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';

/** A failed job of the organisation tried again from the start; only failed jobs can be. */
export async function retryJobb(ctx: Ctx, id: number): Promise<void> {
  requireRole(ctx, ['SYS'], { nb: 'starte jobber på nytt', en: 'retry jobs' });
  const row = await inTenant(ctx, (tx) => repo.retry(tx, ctx.role.organisasjonId, id));
  if (!row) throw notFound({ nb: 'den feilede jobben', en: 'failed job' }, String(id));
}
