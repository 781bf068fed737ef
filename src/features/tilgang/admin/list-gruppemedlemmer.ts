import { inTenant } from '../../../db/tenant.js';
import { requireRole } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { mayAdministerAccess, MEMBER_READERS } from '../domain/access-admin-rules.js';
import { accessAdminRepository as repo } from './access-admin-repository.js';
import { findGruppe } from './admin-lookups.js';

/** A group's members, for the system owner and the archive; `kanEndre` says whether the reader may change them. */
export async function listGruppemedlemmer(ctx: Ctx, gruppeId: string) {
  requireRole(ctx, MEMBER_READERS, { nb: 'se medlemmene i en tilgangsgruppe', en: "see an access group's members" });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const gruppe = await findGruppe(tx, orgId, gruppeId);
    const medlemmer = await repo.listPeople(tx, 'medlemmer', orgId, gruppe.id);
    return { gruppe, medlemmer, kanEndre: mayAdministerAccess(ctx.role.rolle) };
  });
}
