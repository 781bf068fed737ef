import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { authRepository as repo } from './auth-repository.js';
import type { Authenticated } from './authenticate.js';

/** Switches the session's active role; only to one of the user's own assignments. */
export async function switchRole(ctx: SystemCtx, auth: Authenticated, rolletildelingId: string): Promise<void> {
  if (auth.via !== 'session' || !auth.sessionTokenHash) {
    throw new DomainError('ACCESS_DENIED', {
      nb: 'En API-nøkkel er knyttet til én rolle og kan ikke bytte.',
      en: 'An API token is bound to one role and cannot switch.',
    });
  }
  if (!auth.roles.some((r) => r.id === rolletildelingId)) {
    // Same answer whether the id exists elsewhere or not: do not reveal other organisations.
    throw new DomainError('NOT_FOUND', {
      nb: 'Du har ingen slik rolletildeling.',
      en: 'You have no such role assignment.',
    });
  }
  await repo.setSessionRole(ctx.db, auth.sessionTokenHash, rolletildelingId);
}
