import { inTenant } from '../../../db/tenant.js';
import type { Ctx } from '../../../shared/context.js';
import { notFound } from '../../../shared/errors.js';
import { logChanges } from '../../endringslogg/log-changes.js';
import { checkChange } from '../change-access.js';
import { accessAdminRepository as repo, personLogValue } from './access-admin-repository.js';
import { findCaseOf } from './admin-lookups.js';

/** Removes an internal contact (they lose what only the contact gave them); logged on the case. */
export async function removeInternKontakt(ctx: Ctx, saksmappeId: string, brukerId: string): Promise<void> {
  const orgId = ctx.role.organisasjonId;
  await inTenant(ctx, async (tx) => {
    const sak = await findCaseOf(tx, orgId, saksmappeId, true);
    await checkChange(ctx, tx, 'saksmappe', sak);
    if (!(await repo.deletePerson(tx, 'kontakter', orgId, sak.id, brukerId)))
      throw notFound({ nb: 'den interne kontakten', en: 'internal contact' }, brukerId);
    const user = await repo.findBruker(tx, brukerId);
    await logChanges(tx, 'saksmappe', sak.id, { internKontakt: personLogValue(user) }, { internKontakt: null });
  });
}
