import { inTenant } from '../../../db/tenant.js';
import { requireRole } from '../../../shared/authorize.js';
import { assertRoomFor } from '../../../db/caps-repository.js';
import type { Ctx } from '../../../shared/context.js';
import { DomainError } from '../../../shared/errors.js';
import { logChanges } from '../../endringslogg/log-changes.js';
import { ACCESS_ADMINS } from '../domain/access-admin-rules.js';
import { accessAdminRepository as repo, personLogValue } from './access-admin-repository.js';
import { ADMINISTER_GROUPS } from './create-tilgangsgruppe.js';
import { findGruppe, findOrgUser } from './admin-lookups.js';

/** The system owner adds a user of the organisation to a group; logged on the group. */
export async function addGruppemedlem(ctx: Ctx, gruppeId: string, brukerId: string) {
  requireRole(ctx, ACCESS_ADMINS, ADMINISTER_GROUPS);
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const gruppe = await findGruppe(tx, orgId, gruppeId);
    const user = await findOrgUser(tx, orgId, brukerId);
    await assertRoomFor(tx, 'medlemmer', orgId, gruppe.id);
    const added = await repo.insertPerson(tx, 'medlemmer', { orgId, ownerId: gruppe.id, brukerId: user.id, by: ctx.actor.brukerId });
    if (!added) {
      throw new DomainError('ALREADY_EXISTS', {
        nb: `${user.navn} er allerede medlem av ${gruppe.navn}.`,
        en: `${user.navn} is a member of ${gruppe.navn} already.`,
      });
    }
    await logChanges(tx, 'tilgangsgruppe', gruppe.id, {}, { medlem: personLogValue(user) });
    return user;
  });
}
