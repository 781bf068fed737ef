import type { SystemCtx } from '../../shared/context.js';
import { purgeRepository } from './purge-repository.js';

/** How long failed-login rows are kept: long past the limits' windows, for looking into an attack afterwards. */
export const LOGIN_FAILURE_RETENTION_DAYS = 30;
const OIDC_STATE_TTL_MINUTES = 10;

/**
 * Deletes what has run out: expired sessions, failed-login rows older than
 * the retention, and OIDC logins that were started but never completed.
 */
export async function purgeAuthData(ctx: SystemCtx) {
  const now = ctx.now().getTime();
  const result = {
    sessions: await purgeRepository.deleteExpiredSessions(ctx.db, new Date(now)),
    loginFailures: await purgeRepository.deleteLoginFailuresBefore(ctx.db, new Date(now - LOGIN_FAILURE_RETENTION_DAYS * 86_400_000)),
    oidcStates: await purgeRepository.deleteOidcStatesBefore(ctx.db, new Date(now - OIDC_STATE_TTL_MINUTES * 60_000)),
  };
  if (result.sessions + result.loginFailures + result.oidcStates > 0) ctx.log.info(result, 'purged expired authentication data');
  return result;
}
