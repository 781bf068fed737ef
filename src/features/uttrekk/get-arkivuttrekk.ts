import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { UTTREKK_ROLES } from './export-arkivuttrekk.js';
import { uttrekkRepository as runs } from './uttrekk-repository.js';

/** One extraction with its progress or outcome (polled while it runs); another organisation's is not found. */
export async function getArkivuttrekk(ctx: Ctx, id: string) {
  requireRole(ctx, UTTREKK_ROLES, { nb: 'se arkivuttrekk', en: 'see archival extractions' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const run = await runs.findRun(tx, orgId, id);
    if (!run) throw notFound({ nb: 'arkivuttrekket', en: 'the extraction' }, id);
    return { run, arkivdeler: await runs.arkivdelerOf(tx, orgId, [id]) };
  });
}
