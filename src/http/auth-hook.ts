import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../shared/errors.js';
import { authenticateApiToken, authenticateSession } from '../features/auth/authenticate.js';
import { API_TOKEN_PREFIX } from '../features/auth/create-api-token.js';
import { authenticateBasic, basicCredentials } from '../features/auth/authenticate-basic.js';
import { systemCtx } from './request-context.js';

export const SESSION_COOKIE = 'saksgang_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Paths that answer without login: a stale cookie must not stop them. */
const PUBLIC_PATHS = ['/api/auth/', '/api/health', '/api/offentlig/'];
/** The Noark 5 API (src/features/noark5-api): the same callers, and HTTP Basic besides. */
export const NOARK5_PREFIX = '/noark5/';

/**
 * Resolves who is calling: a session cookie (browser) or a bearer API token
 * (integrations). Browser requests that change state must echo the session's
 * CSRF token in `x-csrf-token`; a cross-site form cannot read or send it.
 */
export function registerAuthHook(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const noark5 = request.url.startsWith(NOARK5_PREFIX);
    if (!request.url.startsWith('/api/') && !noark5) return;
    // A CORS preflight carries no credentials and answers the same to everyone.
    if (noark5 && request.method === 'OPTIONS') return;
    // The public pages (the public journal, ordering access) act as nobody, whoever is logged in.
    if (request.url.startsWith('/api/offentlig/')) return;
    request.auth = await resolve(request);
    if (request.auth?.via === 'session' && !SAFE_METHODS.has(request.method)) {
      if (request.headers['x-csrf-token'] !== request.auth.csrfToken) {
        throw new DomainError('CSRF_FAILED', {
          nb: 'Forespørselen mangler gyldig CSRF-nøkkel. Last siden på nytt.',
          en: 'The request lacks a valid CSRF token. Reload the page.',
        });
      }
    }
  });
}

async function resolve(request: FastifyRequest) {
  const noark5 = request.url.startsWith(NOARK5_PREFIX);
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  // The Noark 5 token endpoint's bearer token is a session's: sent in a header, not a cookie, so no CSRF token is asked.
  if (bearer && noark5 && !bearer.startsWith(API_TOKEN_PREFIX)) {
    const { csrfToken: _csrf, ...session } = await authenticateSession(systemCtx(request), bearer);
    return { ...session, via: 'token' as const };
  }
  if (bearer) return authenticateApiToken(systemCtx(request), bearer);
  const basic = noark5 ? basicCredentials(request.headers.authorization) : null;
  if (basic) return authenticateBasic(systemCtx(request), basic.brukernavn, basic.passord, request.ip);
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  try {
    return await authenticateSession(systemCtx(request), cookie);
  } catch (error) {
    // Login and the public endpoints must still work with a stale cookie.
    if (PUBLIC_PATHS.some((p) => request.url.startsWith(p))) return null;
    throw error;
  }
}
