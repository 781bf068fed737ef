import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';
import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { authRepository as repo } from './auth-repository.js';
import { startSession, type StartedSession } from './start-session.js';

const STATE_TTL_MS = 10 * 60_000;
const discovered = new Map<string, Promise<client.Configuration>>();

const oidcFailed = (nb: string, en: string) => new DomainError('OIDC_FAILED', { nb, en });

/** Discovery is fetched once per issuer and reused; a failed fetch is retried next time. */
function configuration(oidc: OidcConfig): Promise<client.Configuration> {
  let found = discovered.get(oidc.issuer);
  if (!found) {
    const insecure = new URL(oidc.issuer).protocol === 'http:';
    found = client.discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
      // Plain http is only accepted for a local identity provider (tests, development).
      execute: insecure ? [client.allowInsecureRequests] : [],
    });
    found.catch(() => discovered.delete(oidc.issuer));
    discovered.set(oidc.issuer, found);
  }
  return found;
}

export async function startOidcLogin(ctx: SystemCtx, oidc: OidcConfig, redirectUri: string, returnTo = '/'): Promise<string> {
  const config = await configuration(oidc).catch(() => {
    throw oidcFailed('Innloggingstjenesten svarer ikke.', 'The identity provider does not answer.');
  });
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await repo.saveOidcState(ctx.db, { state, nonce, codeVerifier, returnTo: safeReturnTo(returnTo) });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile email',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return url.href;
}

export interface OidcCallbackResult extends StartedSession {
  returnTo: string;
}

/** Completes the code flow and opens a session for the Saksgang user the identity belongs to. */
export async function completeOidcLogin(ctx: SystemCtx, oidc: OidcConfig, callbackUrl: URL): Promise<OidcCallbackResult> {
  const stateParam = callbackUrl.searchParams.get('state') ?? '';
  const pending = await repo.takeOidcState(ctx.db, stateParam, new Date(ctx.now().getTime() - STATE_TTL_MS));
  if (!pending) throw oidcFailed('Innloggingen er utløpt eller ugyldig. Prøv igjen.', 'The login expired or is invalid. Try again.');
  const config = await configuration(oidc);
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
    // For the code flow a conformant provider puts profile claims (such as
    // preferred_username) in UserInfo, not in the ID token: ask for them there.
    if (claims && typeof claims[oidc.usernameClaim] !== 'string') {
      const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      claims = { ...userInfo, ...claims };
    }
  } catch (error) {
    ctx.log.warn({ err: error }, 'oidc code exchange failed');
    throw oidcFailed('Innloggingstjenesten godtok ikke innloggingen.', 'The identity provider did not accept the login.');
  }
  if (!claims) throw oidcFailed('Mangler ID-token fra innloggingstjenesten.', 'No ID token from the identity provider.');
  const brukerId = await findLinkedUser(ctx, oidc, claims);
  const session = await startSession(ctx, brukerId);
  return { ...session, returnTo: pending.return_to };
}

async function findLinkedUser(ctx: SystemCtx, oidc: OidcConfig, claims: client.IDToken): Promise<string> {
  const linked = await repo.findUserByOidc(ctx.db, claims.iss, claims.sub);
  if (linked?.aktiv) return linked.id;
  const username = claims[oidc.usernameClaim];
  const user = typeof username === 'string' ? await repo.findUserByUsername(ctx.db, username) : undefined;
  // Link by user name only once; after that the (issuer, subject) pair decides.
  if (!user || !user.aktiv || user.oidc_subject) {
    throw oidcFailed(
      'Du er logget inn hos innloggingstjenesten, men har ingen bruker i Saksgang. Kontakt systemansvarlig.',
      'You are signed in at the identity provider but have no Saksgang user. Contact the system owner.',
    );
  }
  await repo.linkOidc(ctx.db, user.id, claims.iss, claims.sub);
  return user.id;
}

function safeReturnTo(value: string): string {
  return value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
