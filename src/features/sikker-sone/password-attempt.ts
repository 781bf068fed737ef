import { authRepository } from '../auth/auth-repository.js';
import { LOGIN_LIMIT } from '../auth/login.js';
import { verifyPassword } from '../auth/password.js';
import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';

/**
 * A password re-entry by a user who is already logged in (the secure zone's
 * second step). It counts against the same failed-login limit as the login
 * form, so the dialog cannot be used to guess a password faster.
 * (Kept small and local until the hardened login shares one helper.)
 */
export async function checkPasswordAttempt(ctx: SystemCtx, brukerId: string, passord: string, ip: string): Promise<void> {
  const user = await authRepository.findUserById(ctx.db, brukerId);
  const brukernavn = user?.brukernavn ?? '';
  const since = new Date(ctx.now().getTime() - LOGIN_LIMIT.windowMinutes * 60_000);
  const failures = await authRepository.countRecentFailures(ctx.db, brukernavn, ip, since);
  if (failures.perUser >= LOGIN_LIMIT.perUser || failures.perIp >= LOGIN_LIMIT.perIp) {
    throw new DomainError('TOO_MANY_ATTEMPTS', {
      nb: `For mange feil passord. Vent ${LOGIN_LIMIT.windowMinutes} minutter og prøv igjen.`,
      en: `Too many wrong passwords. Wait ${LOGIN_LIMIT.windowMinutes} minutes and try again.`,
    });
  }
  if (!user?.aktiv || !(await verifyPassword(passord, user.passord_hash))) {
    await authRepository.recordFailure(ctx.db, brukernavn, ip);
    ctx.log.warn({ brukernavn, ip }, 'secure zone: password re-entry failed');
    throw new DomainError('INVALID_CREDENTIALS', { nb: 'Feil passord.', en: 'Wrong password.' }, [
      { field: 'passord', message: { nb: 'Feil passord.', en: 'Wrong password.' } },
    ]);
  }
  await authRepository.clearFailures(ctx.db, brukernavn);
}
