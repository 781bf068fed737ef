import { inTenant } from '../../../db/tenant.js';
import { requireRole } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { notFound } from '../../../shared/errors.js';
import { logChanges } from '../../endringslogg/log-changes.js';
import { ACCESS_ADMINS } from '../domain/access-admin-rules.js';
import { accessAdminRepository as repo, personLogValue } from './access-admin-repository.js';
import { ADMINISTER_GROUPS } from './create-tilgangsgruppe.js';
import { findGruppe } from './admin-lookups.js';

/** The system owner removes a member; logged on the group (the member as the old value). */
export async function removeGruppemedlem(ctx: Ctx, gruppeId: string, brukerId: string): Promise<void> {
  requireRole(ctx, ACCESS_ADMINS, ADMINISTER_GROUPS);
  const orgId = ctx.role.organisasjonId;
  await inTenant(ctx, async (tx) => {
    const gruppe = await findGruppe(tx, orgId, gruppeId);
    if (!(await repo.deletePerson(tx, 'medlemmer', orgId, gruppe.id, brukerId)))
      throw notFound({ nb: 'medlemmet', en: 'member' }, brukerId);
    const member = await repo.findBruker(tx, brukerId);
    await logChanges(tx, 'tilgangsgruppe', gruppe.id, { medlem: personLogValue(member) }, { medlem: null });
  });
}
