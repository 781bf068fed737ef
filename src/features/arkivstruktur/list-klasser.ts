import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';

/** The classes of one classification system, by ordningsverdi; the UI builds the tree from overordnetKlasseId. */
export function listKlasser(ctx: Ctx, klassifikasjonssystemId: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    if (!(await repo.findKlassifikasjonssystem(tx, orgId, klassifikasjonssystemId))) {
      throw notFound({ nb: 'klassifikasjonssystemet', en: 'classification system' }, klassifikasjonssystemId);
    }
    return repo.listKlasser(tx, orgId, klassifikasjonssystemId);
  });
}
