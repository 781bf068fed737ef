import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';
import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { authRepository as repo } from './auth-repository.js';
import { sameOriginPath } from './domain/return-to.js';
import { newBrowserBinding, readBrowserBinding } from './oidc-browser-binding.js';
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

export interface StartedOidcLogin {
  /** Where to send the browser: the provider's authorisation endpoint. */
  url: string;
  /** The value of the short-lived browser-binding cookie. */
  cookie: string;
}

export async function startOidcLogin(
  ctx: SystemCtx,
  oidc: OidcConfig,
  redirectUri: string,
  returnTo: string | undefined,
): Promise<StartedOidcLogin> {
  const config = await configuration(oidc).catch(() => {
    throw oidcFailed('Innloggingstjenesten svarer ikke.', 'The identity provider does not answer.');
  });
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const bound = newBrowserBinding(state, oidc.clientSecret);
  await repo.saveOidcState(ctx.db, {
    state,
    nonce,
    codeVerifier,
    returnTo: sameOriginPath(returnTo, new URL(redirectUri).origin),
    nettleserHash: bound.bindingHash,
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile email',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, cookie: bound.cookie };
}

export interface OidcCallbackResult extends StartedSession {
  returnTo: string;
}

const expiredOrInvalid = () =>
  oidcFailed('Innloggingen er utløpt eller ugyldig. Prøv igjen.', 'The login expired or is invalid. Try again.');

/**
 * Completes the code flow and opens a session for the Saksgang user the
 * identity belongs to. The pending login is taken only by the browser that
 * started it (its binding cookie); a callback in any other browser is refused
 * and leaves the pending login in place.
 */
export async function completeOidcLogin(
  ctx: SystemCtx,
  oidc: OidcConfig,
  callbackUrl: URL,
  bindingCookie: string | undefined,
  client_: { ip?: string | undefined; brukeragent?: string | undefined } = {},
): Promise<OidcCallbackResult> {
  const stateParam = callbackUrl.searchParams.get('state') ?? '';
  const bound = readBrowserBinding(bindingCookie, stateParam, oidc.clientSecret);
  if (!bound) {
    ctx.log.warn("oidc callback without this browser's binding cookie (possible login CSRF)");
    throw expiredOrInvalid();
  }
  const pending = await repo.takeOidcState(ctx.db, stateParam, bound.bindingHash, new Date(ctx.now().getTime() - STATE_TTL_MS));
  if (!pending) throw expiredOrInvalid();
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
    // For the code flow a conformant provider puts profile claims in
    // UserInfo, not in the ID token: ask for them there.
    if (claims && (typeof claims[oidc.usernameClaim] !== 'string' || typeof claims.email !== 'string')) {
      const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      claims = { ...userInfo, ...claims };
    }
  } catch (error) {
    ctx.log.warn({ err: error }, 'oidc code exchange failed');
    throw oidcFailed('Innloggingstjenesten godtok ikke innloggingen.', 'The identity provider did not accept the login.');
  }
  if (!claims) throw oidcFailed('Mangler ID-token fra innloggingstjenesten.', 'No ID token from the identity provider.');
  const brukerId = await findLinkedUser(ctx, oidc, claims);
  const session = await startSession(ctx, brukerId, client_);
  return { ...session, returnTo: pending.return_to };
}

const noUser = () =>
  oidcFailed(
    'Du er logget inn hos innloggingstjenesten, men har ingen bruker i Saksgang. Kontakt systemansvarlig.',
    'You are signed in at the identity provider but have no Saksgang user. Contact the system owner.',
  );

/**
 * Accounts are linked by issuer and subject, never by a name claim (the
 * OIDC specification says `preferred_username` is neither unique nor
 * stable). A first login finds its user only through a link the system owner
 * set up, or, where the user's organisation has turned it on, through an
 * e-mail address the provider marks as verified and exactly one unlinked
 * user has.
 */
async function findLinkedUser(ctx: SystemCtx, oidc: OidcConfig, claims: client.IDToken): Promise<string> {
  const linked = await repo.findUserByOidc(ctx.db, claims.iss, claims.sub);
  if (linked) {
    if (!linked.aktiv) throw noUser();
    return linked.id;
  }
  const email = claims.email_verified === true && typeof claims.email === 'string' ? claims.email : undefined;
  const candidates = email ? await repo.findUnlinkedUsersByVerifiedEmail(ctx.db, email) : [];
  if (candidates.length !== 1) {
    // What the system owner needs to set up the link.
    ctx.log.warn({ issuer: claims.iss, subject: claims.sub, name: claims[oidc.usernameClaim] }, 'oidc identity not linked to a user');
    throw noUser();
  }
  await repo.linkOidc(ctx.db, candidates[0]!.id, claims.iss, claims.sub);
  return candidates[0]!.id;
}
