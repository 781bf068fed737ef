import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { arkivstrukturRepository as structure } from './arkivstruktur-repository.js';
import { successorForTransfer } from './domain/periode.js';
import { periodeRepository as periods } from './periode-repository.js';

/**
 * Carries every open case of a part in overlap over to its successor in one
 * step (krav 6.2.9, 6.2.10); each case's move is in its change log
 * (referanseArkivdel, written by the database). The archive's work.
 */
export async function transferOpenCases(ctx: Ctx, id: string): Promise<{ overfoert: number }> {
  requireRole(ctx, ['ARK'], { nb: 'overføre åpne saker til arvtakeren', en: 'transfer open cases to the successor' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const del = await structure.findArkivdel(tx, orgId, id);
    if (!del) throw notFound({ nb: 'arkivdelen', en: 'archive part' }, id);
    return { overfoert: await periods.moveOpenCases(tx, orgId, id, successorForTransfer(del)) };
  });
}
