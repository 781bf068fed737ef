import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';

/** The archive parts with the classification systems each uses (primary first). */
export function listArkivdeler(ctx: Ctx) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const [deler, links] = await Promise.all([repo.listArkivdeler(tx, orgId), repo.listArkivdelSystemer(tx, orgId)]);
    return deler.map((d) => ({ ...d, systemer: links.filter((l) => l.arkivdel_id === d.id) }));
  });
}
