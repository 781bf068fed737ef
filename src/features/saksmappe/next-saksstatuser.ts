import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { allowedNextStatuses, type Saksstatus } from '../noark/domain/index.js';
import { changeActorOf, loadChangeTargets, type CaseRow } from '../tilgang/change-access.js';
import { mayChange } from '../tilgang/domain/change-rule.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';

/** The statuses the active role may move this case to, for the UI's buttons: none where the change rule refuses. */
export async function nextSaksstatuser(ctx: Ctx, id: string): Promise<Saksstatus[]> {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const saksmappe = await repo.find(tx, orgId, id);
    if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    return nextSaksstatuserIn(ctx, tx, saksmappe);
  });
}

/** The same inside a transaction, for a case already read. */
export async function nextSaksstatuserIn(ctx: Ctx, tx: Tx, saksmappe: CaseRow): Promise<Saksstatus[]> {
  const { saksmappe: target } = await loadChangeTargets(tx, ctx.role.organisasjonId, saksmappe);
  if (!mayChange(changeActorOf(ctx), { saksmappe: target }, 'status').allowed) return [];
  return allowedNextStatuses('saksmappe', null, saksmappe.saksstatus as Saksstatus, ctx.role.rolle);
}
