import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { authRepository as repo } from './auth-repository.js';
import { decideAttempt, LOGIN_LIMIT, limitSource } from './domain/login-limit.js';
import { verifyPassword } from './password.js';

export const invalidCredentials = () =>
  new DomainError('INVALID_CREDENTIALS', { nb: 'Feil brukernavn eller passord.', en: 'Wrong user name or password.' });

const tooMany = (retryAfterSeconds: number) =>
  new DomainError(
    'TOO_MANY_ATTEMPTS',
    {
      nb: `For mange mislykkede innlogginger. Vent ${waitText(retryAfterSeconds, 'nb')} og prøv igjen.`,
      en: `Too many failed logins. Wait ${waitText(retryAfterSeconds, 'en')} and try again.`,
    },
    [],
    retryAfterSeconds,
  );

function waitText(seconds: number, lang: 'nb' | 'en'): string {
  if (seconds < 90) return lang === 'nb' ? `${seconds} sekunder` : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return lang === 'nb' ? `${minutes} minutter` : `${minutes} minutes`;
}

/**
 * Checks a password under the login limits; the one way any feature checks a
 * password (login, and re-authentication such as a step-up into a secure
 * zone). The attempt is written before the slow hash, so concurrent guesses
 * count against each other; a refused or overloaded attempt is not counted.
 * Unknown, passive and password-less users fail exactly like a wrong
 * password, after the same amount of hashing. Returns the user on success.
 */
export async function verifyPasswordAttempt(ctx: SystemCtx, brukernavnInput: string, passord: string, ip: string) {
  const brukernavn = brukernavnInput.trim().toLowerCase();
  const source = limitSource(ip);
  const now = ctx.now();
  const ownId = await repo.reserveAttempt(ctx.db, brukernavn, source, now);
  const counts = await repo.attemptCounts(ctx.db, {
    brukernavn,
    source,
    ownId,
    pairSince: new Date(now.getTime() - LOGIN_LIMIT.pairWindowMinutes * 60_000),
    sourceSince: new Date(now.getTime() - LOGIN_LIMIT.sourceWindowMinutes * 60_000),
  });
  const decision = decideAttempt(counts, now);
  if (!decision.allowed) {
    await repo.releaseAttempt(ctx.db, ownId);
    ctx.log.warn({ brukernavn, source, reason: decision.reason }, 'login attempt refused by the limit');
    throw tooMany(decision.retryAfterSeconds);
  }
  const user = await repo.findUserByUsername(ctx.db, brukernavn);
  let ok: boolean;
  try {
    ok = await verifyPassword(passord, user?.passord_hash ?? null);
  } catch (error) {
    await repo.releaseAttempt(ctx.db, ownId);
    throw error;
  }
  if (!user || !ok || !user.aktiv) {
    ctx.log.warn({ brukernavn, source }, 'login failed');
    throw invalidCredentials();
  }
  await repo.clearPairFailures(ctx.db, brukernavn, source);
  return user;
}
