import type { SystemCtx } from '../../shared/context.js';
import { newSecret, sha256 } from '../../shared/tokens.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { authRepository as repo } from './auth-repository.js';

export interface StartedSession {
  token: string;
  brukerId: string;
}

export const SESSION_TTL_MINUTES = Number(process.env.SESSION_TTL_MINUTES ?? 8 * 60);

/** Opens a session in the user's first role assignment; the user can switch later. */
export async function startSession(
  ctx: SystemCtx,
  brukerId: string,
  client: { ip?: string | undefined; brukeragent?: string | undefined } = {},
): Promise<StartedSession> {
  const token = newSecret();
  const roles = await repo.listRoleAssignments(ctx.db, brukerId, osloDate(ctx.now()));
  await repo.createSession(ctx.db, {
    tokenHash: sha256(token),
    brukerId,
    rolletildelingId: roles[0]?.id ?? null,
    csrfToken: newSecret(),
    utloper: new Date(ctx.now().getTime() + SESSION_TTL_MINUTES * 60_000),
    ip: client.ip ?? null,
    // Enough to tell one's own browsers apart in the session list, no more.
    brukeragent: client.brukeragent?.slice(0, 200) ?? null,
  });
  return { token, brukerId };
}
