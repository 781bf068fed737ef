import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { allowedNextStatuses, type Saksstatus } from '../noark/domain/index.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';

/** The statuses the active role may move this case to, for the UI's buttons (conditions are explained when tried). */
export async function nextSaksstatuser(ctx: Ctx, id: string): Promise<Saksstatus[]> {
  const saksmappe = await inTenant(ctx, (tx) => repo.find(tx, ctx.role.organisasjonId, id));
  if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
  return allowedNextStatuses('saksmappe', null, saksmappe.saksstatus as Saksstatus, ctx.role.rolle);
}
