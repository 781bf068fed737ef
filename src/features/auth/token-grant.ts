import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { newSecret, sha256 } from '../../shared/tokens.js';
import { authRepository as repo } from './auth-repository.js';
import { login, type LoginInput } from './login.js';
import { SESSION_TTL_MINUTES, startSession, type StartedSession } from './start-session.js';

/*
 * The Noark 5 API's token endpoint (docs/noark5-api.md «Innlogging»): an
 * integration trades a user's password (grant `password`) or a refresh token
 * (grant `refresh_token`) for a bearer token. The bearer token is an ordinary
 * session's token, checked, limited and ended as every session is; the
 * refresh token is a second secret stored hashed beside it, good once, as
 * long as its session lives.
 */

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
}

type Client = Pick<LoginInput, 'ip' | 'brukeragent'>;

export const invalidRefreshToken = () =>
  new DomainError('INVALID_CREDENTIALS', {
    nb: 'Oppfriskingsnøkkelen er ugyldig, brukt eller utløpt. Logg inn på nytt.',
    en: 'The refresh token is invalid, used or expired. Log in again.',
  });

async function issue(ctx: SystemCtx, session: StartedSession): Promise<Tokens> {
  const refreshToken = newSecret();
  await repo.setRefreshHash(ctx.db, sha256(session.token), sha256(refreshToken));
  return { accessToken: session.token, refreshToken, expiresInSeconds: SESSION_TTL_MINUTES * 60 };
}

/** Grant `password`: the login use case (its limits, its log), then the tokens. */
export async function passwordGrant(ctx: SystemCtx, input: LoginInput): Promise<Tokens> {
  return issue(ctx, await login(ctx, input));
}

/** Grant `refresh_token`: the old session ends, a new one starts in the same role. */
export async function refreshGrant(ctx: SystemCtx, refreshToken: string, client: Client): Promise<Tokens> {
  const old = await repo.takeSessionByRefreshHash(ctx.db, sha256(refreshToken));
  if (!old || old.utloper_dato < ctx.now()) throw invalidRefreshToken();
  const session = await startSession(ctx, old.bruker_id, client);
  if (old.rolletildeling_id) await repo.setSessionRole(ctx.db, sha256(session.token), old.rolletildeling_id);
  return issue(ctx, session);
}
