import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { endringsloggRepository as log } from '../endringslogg/endringslogg-repository.js';
import { organisationRepository as repo } from './organisation-repository.js';

/**
 * A page of a user's history in the active organisation (krav 4.5.29,
 * 4.5.30): the change log of the user's status and of each of their role
 * assignments here, who changed what and when, oldest first, with the total.
 * Nothing in it is screened: it names no case or record.
 */
export async function listUserHistory(ctx: Ctx, brukerId: string, page: PageRequest) {
  requireRole(ctx, ['SYS'], { nb: 'se brukerhistorikk', en: 'see user history' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    if (!(await repo.hasAssignmentIn(tx, brukerId, orgId))) throw notFound({ nb: 'brukeren', en: 'user' }, brukerId);
    const { rows, total } = await log.pageForObject(tx, orgId, { objektId: brukerId, parts: ['rolletildeling'] }, windowOf(page));
    return { items: rows, ...pageInfo(page, total) };
  });
}
