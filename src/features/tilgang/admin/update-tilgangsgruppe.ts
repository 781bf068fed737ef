import type { Updateable } from 'kysely';
import { inTenant } from '../../../db/tenant.js';
import { requireRole } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { logChanges } from '../../endringslogg/log-changes.js';
import { ACCESS_ADMINS } from '../domain/access-admin-rules.js';
import type { TilgangsgruppeTable } from '../tables.js';
import { ADMINISTER_GROUPS, checkNameFree } from './create-tilgangsgruppe.js';
import { findGruppe } from './admin-lookups.js';
import { accessAdminRepository as repo } from './access-admin-repository.js';

export interface UpdateTilgangsgruppeInput {
  navn?: string | undefined;
  beskrivelse?: string | null | undefined;
  aktiv?: boolean | undefined;
}

/**
 * The system owner renames, describes or (de)activates a group. A
 * deactivated group gives its members nothing (the reader leaves it out);
 * its members and the objects screened for it stay, so reactivating restores it.
 */
export async function updateTilgangsgruppe(ctx: Ctx, id: string, input: UpdateTilgangsgruppeInput) {
  requireRole(ctx, ACCESS_ADMINS, ADMINISTER_GROUPS);
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const before = await findGruppe(tx, orgId, id);
    const patch: Updateable<TilgangsgruppeTable> = {};
    if (input.navn !== undefined) {
      await checkNameFree(tx, orgId, input.navn, id);
      patch.navn = input.navn;
    }
    if (input.beskrivelse !== undefined) patch.beskrivelse = input.beskrivelse || null;
    if (input.aktiv !== undefined) patch.aktiv = input.aktiv;
    if (Object.keys(patch).length === 0) return before;
    const after = await repo.updateGruppe(tx, orgId, id, patch);
    await logChanges(tx, 'tilgangsgruppe', id, before, after);
    return after;
  });
}
