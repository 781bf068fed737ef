import { inTenant, type Tx } from '../../../db/tenant.js';
import { requireRole } from '../../../shared/authorize.js';
import { assertRoomFor } from '../../../db/caps-repository.js';
import type { Ctx } from '../../../shared/context.js';
import { DomainError } from '../../../shared/errors.js';
import { logChanges } from '../../endringslogg/log-changes.js';
import { ACCESS_ADMINS } from '../domain/access-admin-rules.js';
import { accessAdminRepository as repo } from './access-admin-repository.js';

export interface CreateTilgangsgruppeInput {
  navn: string;
  beskrivelse?: string | null | undefined;
}

export const ADMINISTER_GROUPS = { nb: 'administrere tilgangsgrupper', en: 'administer access groups' };

/** The system owner adds an (ad hoc) access group; logged. */
export async function createTilgangsgruppe(ctx: Ctx, input: CreateTilgangsgruppeInput) {
  requireRole(ctx, ACCESS_ADMINS, ADMINISTER_GROUPS);
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    await checkNameFree(tx, orgId, input.navn);
    await assertRoomFor(tx, 'tilgangsgrupper', orgId);
    const row = await repo.insertGruppe(tx, { organisasjon_id: orgId, navn: input.navn, beskrivelse: input.beskrivelse || null });
    await logChanges(tx, 'tilgangsgruppe', row.id, {}, row);
    return row;
  });
}

/** Group names are unique in the organisation, whatever their case (two «Personal» groups would mislead). */
export async function checkNameFree(tx: Tx, orgId: string, navn: string, except?: string): Promise<void> {
  const other = await repo.findGruppeByNavn(tx, orgId, navn);
  if (!other || other.id === except) return;
  throw new DomainError(
    'ALREADY_EXISTS',
    { nb: `Tilgangsgruppen «${navn}» finnes allerede.`, en: `The access group «${navn}» exists already.` },
    [{ field: 'navn', message: { nb: 'finnes allerede', en: 'exists already' } }],
  );
}
