import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { casePaging } from './case-pages.js';
import { getSaksmappe, type SaksmappeView } from './get-saksmappe.js';
import { relationsRepository as repo } from './relations-repository.js';

/**
 * One part of a case, as its case shows it: the case's view holding this
 * part alone, so the case's presenter screens it by the same read rule as
 * on the case's page.
 */
export async function getPart(ctx: Ctx, id: string): Promise<SaksmappeView> {
  const part = await inTenant(ctx, (tx) => repo.findPart(tx, ctx.role.organisasjonId, id));
  if (!part) throw notFound({ nb: 'parten', en: 'party' }, id);
  const view = await getSaksmappe(ctx, part.saksmappe_id, casePaging.first(1));
  return { ...view, parter: [part], merknader: [] };
}
