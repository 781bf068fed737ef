import type { SystemCtx } from '../../shared/context.js';
import { notLoggedIn } from '../auth/authenticate.js';
import { stepUpExpiry } from './domain/step-up.js';
import { checkPasswordAttempt } from './password-attempt.js';
import { sikkerSoneRepository as repo } from './sikker-sone-repository.js';

export interface StepUpInput {
  /** Only browser sessions can step up; an API token never opens the secure zone. */
  sessionTokenHash: string | undefined;
  brukerId: string;
  passord: string;
  ip: string;
  minutes: number;
}

/** The secure zone's second step by password re-entry: opens it for this session for a short while. */
export async function stepUpWithPassword(ctx: SystemCtx, input: StepUpInput): Promise<Date> {
  if (!input.sessionTokenHash) throw notLoggedIn();
  await checkPasswordAttempt(ctx, input.brukerId, input.passord, input.ip);
  const until = stepUpExpiry(ctx.now(), input.minutes);
  await repo.setStepUpUntil(ctx.db, input.sessionTokenHash, until);
  ctx.log.info({ brukerId: input.brukerId, until }, 'secure zone opened by password re-entry');
  return until;
}

/** Ends the second step at once (the user leaves the secure zone). */
export async function leaveSecureZone(ctx: SystemCtx, sessionTokenHash: string | undefined): Promise<void> {
  if (sessionTokenHash) await repo.setStepUpUntil(ctx.db, sessionTokenHash, null);
}

/** Until when this session may open secure-zone files (null: not now). */
export async function stepUpStatus(ctx: SystemCtx, sessionTokenHash: string | undefined): Promise<Date | null> {
  if (!sessionTokenHash) return null;
  const until = await repo.stepUpUntil(ctx.db, sessionTokenHash);
  return until && until > ctx.now() ? until : null;
}
