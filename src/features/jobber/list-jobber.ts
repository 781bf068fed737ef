import { inTenant } from '../../db/tenant.js';
import { jobRepository as repo } from '../../jobs/job-repository.js';
import type { JobStatus } from '../../jobs/tables.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';

export interface ListJobberInput {
  status?: JobStatus | undefined;
  limit: number;
  offset: number;
}

/** The organisation's background jobs, newest first, with their progress and failures (the system owner's «Jobber»). */
export async function listJobber(ctx: Ctx, input: ListJobberInput) {
  requireRole(ctx, ['SYS'], { nb: 'se bakgrunnsjobber', en: 'see background jobs' });
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => ({
    items: await repo.list(tx, org, input),
    total: await repo.count(tx, org, input.status),
    feilet: await repo.count(tx, org, 'feilet'),
  }));
}
