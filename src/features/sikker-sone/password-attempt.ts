import { authRepository } from '../auth/auth-repository.js';
import { verifyPasswordAttempt } from '../auth/verify-password-attempt.js';
import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';

const wrongPassword = { nb: 'Feil passord.', en: 'Wrong password.' };

/**
 * A password re-entry by a user who is already logged in (the secure zone's
 * second step). It goes through the login's own limits and hash queue
 * (verifyPasswordAttempt), so the dialog cannot be used to guess a password
 * faster than the login form.
 */
export async function checkPasswordAttempt(ctx: SystemCtx, brukerId: string, passord: string, ip: string): Promise<void> {
  const user = await authRepository.findUserById(ctx.db, brukerId);
  try {
    await verifyPasswordAttempt(ctx, user?.brukernavn ?? '', passord, ip);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID_CREDENTIALS') {
      ctx.log.warn({ brukerId, ip }, 'secure zone: password re-entry failed');
      throw new DomainError('INVALID_CREDENTIALS', wrongPassword, [{ field: 'passord', message: wrongPassword }]);
    }
    throw error;
  }
}
