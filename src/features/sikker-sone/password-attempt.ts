import { authRepository } from '../auth/auth-repository.js';
import { verifyPasswordAttempt } from '../auth/verify-password-attempt.js';
import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';

/**
 * A password re-entry by a user who is already logged in (the secure zone's
 * second step). It goes through the login's own password check, so it counts
 * against the same limits and cannot be used to guess a password faster.
 */
export async function checkPasswordAttempt(ctx: SystemCtx, brukerId: string, passord: string, ip: string): Promise<void> {
  const user = await authRepository.findUserById(ctx.db, brukerId);
  try {
    await verifyPasswordAttempt(ctx, user?.brukernavn ?? '', passord, ip);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'INVALID_CREDENTIALS') throw error;
    ctx.log.warn({ brukernavn: user?.brukernavn }, 'secure zone: password re-entry failed');
    throw new DomainError('INVALID_CREDENTIALS', { nb: 'Feil passord.', en: 'Wrong password.' }, [
      { field: 'passord', message: { nb: 'Feil passord.', en: 'Wrong password.' } },
    ]);
  }
}
