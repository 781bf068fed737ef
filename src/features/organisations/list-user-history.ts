import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { endringsloggRepository as log } from '../endringslogg/endringslogg-repository.js';
import { organisationRepository as repo } from './organisation-repository.js';

/**
 * A user's history in the active organisation (krav 4.5.29, 4.5.30): the
 * change log of the user's status and of each of their role assignments
 * here, who changed what and when, oldest first.
 */
export async function listUserHistory(ctx: Ctx, brukerId: string) {
  requireRole(ctx, ['SYS'], { nb: 'se brukerhistorikk', en: 'see user history' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const assignments = await repo.assignmentIdsOf(tx, brukerId, orgId);
    if (assignments.length === 0) throw notFound({ nb: 'brukeren', en: 'user' }, brukerId);
    return log.listForObjects(tx, orgId, [brukerId, ...assignments]);
  });
}
