import { inTenant } from '../../../db/tenant.js';
import type { Ctx } from '../../../shared/context.js';
import { decideAccess } from '../access-targets.js';
import { changeActorOf, loadChangeTargets } from '../change-access.js';
import { mayChange } from '../domain/change-rule.js';
import { accessAdminRepository as repo } from './access-admin-repository.js';
import { findCaseOf } from './admin-lookups.js';

/**
 * A case's internal contacts (seed 001: they read the case even when it is
 * screened). Who they are is screened like the case's content: on a personnel
 * case the list can tell what the case is about. `kanEndre` is the change
 * rule's answer for the case.
 */
export async function listInterneKontakter(ctx: Ctx, saksmappeId: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const sak = await findCaseOf(tx, orgId, saksmappeId, false);
    const full = (await decideAccess(tx, ctx, [sak.id])).get(sak.id)?.full ?? false;
    const target = { saksmappe: (await loadChangeTargets(tx, orgId, sak)).saksmappe };
    return {
      kontakter: full ? await repo.listPeople(tx, 'kontakter', orgId, sak.id) : [],
      skjermet: !full,
      kanEndre: mayChange(changeActorOf(ctx), target, 'saksmappe').allowed,
    };
  });
}
