import type { Updateable } from 'kysely';
import { inTenant } from '../../../db/tenant.js';
import { requireRole } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { notFound } from '../../../shared/errors.js';
import { logChanges } from '../../endringslogg/log-changes.js';
import { ACCESS_ADMINS, checkMayDeactivate } from '../domain/access-admin-rules.js';
import type { TilgangskodeTable } from '../tables.js';
import { accessAdminRepository as repo } from './access-admin-repository.js';
import { ADMINISTER_CODES } from './create-tilgangskode.js';

export interface UpdateTilgangskodeInput {
  navn?: string | undefined;
  skjermingshjemmel?: string | null | undefined;
  aktiv?: boolean | undefined;
}

/**
 * The system owner renames a code, changes its default legal basis, or
 * (de)activates it. The code's letters never change: objects carry them.
 * Objects already screened with a deactivated code stay screened.
 */
export async function updateTilgangskode(ctx: Ctx, kode: string, input: UpdateTilgangskodeInput) {
  requireRole(ctx, ACCESS_ADMINS, ADMINISTER_CODES);
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const before = await repo.findKode(tx, orgId, kode);
    if (!before) throw notFound({ nb: 'tilgangskoden', en: 'access code' }, kode);
    if (input.aktiv === false) checkMayDeactivate(before.kode);
    const patch: Updateable<TilgangskodeTable> = {};
    if (input.navn !== undefined) patch.navn = input.navn;
    if (input.skjermingshjemmel !== undefined) patch.skjermingshjemmel = input.skjermingshjemmel || null;
    if (input.aktiv !== undefined) patch.aktiv = input.aktiv;
    if (Object.keys(patch).length === 0) return before;
    const after = await repo.updateKode(tx, orgId, before.id, patch);
    await logChanges(tx, 'tilgangskode', before.id, before, after);
    return after;
  });
}
