import { enterTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { endedNow, validPeriod } from './domain/role-period.js';
import { organisationRepository as repo } from './organisation-repository.js';

/**
 * Ends a role assignment (krav 4.5.30): at once when no date is given (the
 * role stops for sessions and API tokens with the next request), or on a
 * later last day. The row stays, with its period, as history; nothing is
 * deleted.
 */
export async function endRoleAssignment(ctx: Ctx, id: string, input: { tilDato?: string | undefined }) {
  requireRole(ctx, ['SYS'], { nb: 'avslutte roller', en: 'end roles' });
  const orgId = ctx.role.organisasjonId;
  const today = osloDate(ctx.now());
  return ctx.db.transaction().execute(async (tx) => {
    await enterTenant(tx, ctx);
    const row = await repo.findRoleAssignmentById(tx, orgId, id);
    if (!row) throw notFound({ nb: 'rolletildelingen', en: 'role assignment' }, id);
    const period = { fraDato: row.fra_dato, tilDato: row.til_dato };
    if (period.tilDato !== null && period.tilDato < today) {
      throw new DomainError('CONFLICT', { nb: 'Rollen er allerede avsluttet.', en: 'The role has already ended.' });
    }
    const tilDato = input.tilDato ?? endedNow(period, today);
    if (input.tilDato !== undefined && (tilDato < today || !validPeriod({ ...period, tilDato }))) {
      throw fieldError(
        'tilDato',
        'må være i dag eller senere, og ikke før fra-datoen',
        'must be today or later, and not before the start date',
      );
    }
    await repo.setRoleAssignmentEnd(tx, orgId, id, tilDato);
    await logChanges(tx, 'rolletildeling', id, { tilDato: row.til_dato }, { tilDato });
    return { id, fraDato: row.fra_dato, tilDato };
  });
}
