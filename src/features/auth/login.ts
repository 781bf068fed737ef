import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { authRepository as repo } from './auth-repository.js';
import { verifyPassword } from './password.js';
import { startSession, type StartedSession } from './start-session.js';

export interface LoginInput {
  brukernavn: string;
  passord: string;
  ip: string;
}

/** Failed attempts allowed per user name (and, more generously, per IP) in the window. */
export const LOGIN_LIMIT = { perUser: 5, perIp: 30, windowMinutes: 15 };

export async function login(ctx: SystemCtx, input: LoginInput): Promise<StartedSession> {
  const brukernavn = input.brukernavn.trim().toLowerCase();
  const since = new Date(ctx.now().getTime() - LOGIN_LIMIT.windowMinutes * 60_000);
  const failures = await repo.countRecentFailures(ctx.db, brukernavn, input.ip, since);
  if (failures.perUser >= LOGIN_LIMIT.perUser || failures.perIp >= LOGIN_LIMIT.perIp) {
    throw new DomainError('TOO_MANY_ATTEMPTS', {
      nb: `For mange mislykkede innlogginger. Vent ${LOGIN_LIMIT.windowMinutes} minutter og prøv igjen.`,
      en: `Too many failed logins. Wait ${LOGIN_LIMIT.windowMinutes} minutes and try again.`,
    });
  }
  const user = await repo.findUserByUsername(ctx.db, brukernavn);
  const ok = await verifyPassword(input.passord, user?.passord_hash ?? null);
  if (!user || !ok || !user.aktiv) {
    await repo.recordFailure(ctx.db, brukernavn, input.ip);
    ctx.log.warn({ brukernavn, ip: input.ip }, 'login failed');
    throw new DomainError('INVALID_CREDENTIALS', {
      nb: 'Feil brukernavn eller passord.',
      en: 'Wrong user name or password.',
    });
  }
  await repo.clearFailures(ctx.db, brukernavn);
  return startSession(ctx, user.id);
}
