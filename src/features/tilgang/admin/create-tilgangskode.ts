import { inTenant } from '../../../db/tenant.js';
import { requireRole } from '../../../shared/authorize.js';
import { assertRoomFor } from '../../../db/caps-repository.js';
import type { Ctx } from '../../../shared/context.js';
import { DomainError } from '../../../shared/errors.js';
import { logChanges } from '../../endringslogg/log-changes.js';
import { ACCESS_ADMINS } from '../domain/access-admin-rules.js';
import { accessAdminRepository as repo } from './access-admin-repository.js';

export interface CreateTilgangskodeInput {
  kode: string;
  navn: string;
  skjermingshjemmel?: string | null | undefined;
}

export const ADMINISTER_CODES = { nb: 'administrere tilgangskoder', en: 'administer access codes' };

/** The system owner adds an access code of the organisation, with its default legal basis; logged. */
export async function createTilgangskode(ctx: Ctx, input: CreateTilgangskodeInput) {
  requireRole(ctx, ACCESS_ADMINS, ADMINISTER_CODES);
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    if (await repo.findKode(tx, orgId, input.kode)) {
      throw new DomainError(
        'ALREADY_EXISTS',
        { nb: `Tilgangskoden ${input.kode} finnes allerede.`, en: `The access code ${input.kode} exists already.` },
        [{ field: 'kode', message: { nb: 'finnes allerede', en: 'exists already' } }],
      );
    }
    await assertRoomFor(tx, 'tilgangskoder', orgId);
    const row = await repo.insertKode(tx, {
      organisasjon_id: orgId,
      kode: input.kode,
      navn: input.navn,
      skjermingshjemmel: input.skjermingshjemmel || null,
    });
    await logChanges(tx, 'tilgangskode', row.id, {}, row);
    return row;
  });
}
