import { enterTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { sessionRepository as sessions } from '../auth/session-repository.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { isInstallationWork } from './assign-role.js';
import { organisationRepository as repo } from './organisation-repository.js';

const status = (aktiv: boolean) => (aktiv ? 'aktiv' : 'passiv');

/**
 * Makes a user passive or active again (krav 4.5.29). A passive user cannot
 * log in, and their sessions and API tokens stop at once: every request
 * checks the flag, and their open sessions are deleted here. The user and
 * everything they did stay. A user of a document centre who holds roles in
 * other organisations too is not the system owner's to stop for everyone:
 * they end the roles here instead (installation work, the CLI, may).
 */
export async function setUserStatus(ctx: Ctx, brukerId: string, aktiv: boolean) {
  requireRole(ctx, ['SYS'], { nb: 'endre brukerstatus', en: 'change user status' });
  const orgId = ctx.role.organisasjonId;
  if (brukerId === ctx.actor.brukerId && !aktiv) {
    throw new DomainError('CONFLICT', { nb: 'Du kan ikke gjøre deg selv passiv.', en: 'You cannot make yourself passive.' });
  }
  return ctx.db.transaction().execute(async (tx) => {
    const user = await repo.findUserById(tx, brukerId);
    if (!user || !(isInstallationWork(ctx) || (await repo.belongsTo(tx, brukerId, orgId)))) {
      throw notFound({ nb: 'brukeren', en: 'user' }, brukerId);
    }
    if (!aktiv && !isInstallationWork(ctx) && (await repo.holdsRoleElsewhere(tx, brukerId, orgId, osloDate(ctx.now())))) {
      throw new DomainError('CONFLICT', {
        nb: 'Brukeren har roller i andre organisasjoner. Avslutt rollene i denne organisasjonen i stedet.',
        en: 'The user holds roles in other organisations. End their roles in this organisation instead.',
      });
    }
    if (user.aktiv === aktiv) return { id: brukerId, aktiv };
    await repo.setUserActive(tx, brukerId, aktiv);
    if (!aktiv) await sessions.deleteAllForUser(tx, brukerId);
    await enterTenant(tx, ctx);
    await logChanges(tx, 'bruker', brukerId, { brukerstatus: status(user.aktiv) }, { brukerstatus: status(aktiv) });
    return { id: brukerId, aktiv };
  });
}
