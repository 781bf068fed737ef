import type { SystemCtx } from '../../shared/context.js';
import { startSession, type StartedSession } from './start-session.js';
import { verifyPasswordAttempt } from './verify-password-attempt.js';

export interface LoginInput {
  brukernavn: string;
  passord: string;
  ip: string;
  brukeragent?: string | undefined;
}

export async function login(ctx: SystemCtx, input: LoginInput): Promise<StartedSession> {
  const user = await verifyPasswordAttempt(ctx, input.brukernavn, input.passord, input.ip);
  return startSession(ctx, user.id, { ip: input.ip, brukeragent: input.brukeragent });
}
