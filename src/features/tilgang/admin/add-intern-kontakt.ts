import { inTenant } from '../../../db/tenant.js';
import { assertRoomFor } from '../../../db/caps-repository.js';
import type { Ctx } from '../../../shared/context.js';
import { DomainError } from '../../../shared/errors.js';
import { logChanges } from '../../endringslogg/log-changes.js';
import { checkChange } from '../change-access.js';
import { accessAdminRepository as repo, personLogValue } from './access-admin-repository.js';
import { findCaseOf, findOrgUser } from './admin-lookups.js';

/**
 * Adds an internal contact to a case (seed 001: «må legges til manuelt»):
 * whoever may edit the case (its owner, leaders of its unit and above, the
 * archive), on an open case. Logged on the case.
 */
export async function addInternKontakt(ctx: Ctx, saksmappeId: string, brukerId: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const sak = await findCaseOf(tx, orgId, saksmappeId, true);
    await checkChange(ctx, tx, 'saksmappe', sak);
    const user = await findOrgUser(tx, orgId, brukerId);
    await assertRoomFor(tx, 'interneKontakter', orgId, sak.id);
    if (!(await repo.insertPerson(tx, 'kontakter', { orgId, ownerId: sak.id, brukerId: user.id, by: ctx.actor.brukerId }))) {
      throw new DomainError('ALREADY_EXISTS', {
        nb: `${user.navn} er allerede intern kontakt på saken.`,
        en: `${user.navn} is an internal contact on the case already.`,
      });
    }
    await logChanges(tx, 'saksmappe', sak.id, {}, { internKontakt: personLogValue(user) });
    return user;
  });
}
