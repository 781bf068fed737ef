import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { passwordGrant, refreshGrant, type Tokens } from '../../auth/token-grant.js';
import { systemCtx } from '../../../http/request-context.js';
import { DomainError } from '../../../shared/errors.js';
import { preferredLanguage } from '../../../http/problem.js';
import { rel } from '../protocol/links.js';
import { baseOf } from '../protocol/protocol.js';

/*
 * Login as an OpenID Connect provider's discovery document and token
 * endpoint describe it (OIDC Discovery 1.0; OAuth 2.0, RFC 6749 §4.3 and §6):
 * an integration posts a user's name and password (grant `password`) or a
 * refresh token (grant `refresh_token`) and gets a bearer token for every
 * other route. Both grants are the auth feature's use cases (token-grant.ts):
 * the password under the login limits, the token a session's. We issue no ID
 * tokens and sign nothing: the bearer token is opaque, as RFC 6750 allows.
 */

/** The login relation of the root (same pattern as the others in root.ts): where the discovery document is. */
export const LOGIN_OIDC = rel('login/oidc');

export const issuerOf = (request: FastifyRequest) => baseOf(request).replace(/\/$/, '');
/** The discovery document's href, with the closing slash every href of ours has (served without it too, where OIDC clients look). */
export const discoveryUrl = (request: FastifyRequest) => `${issuerOf(request)}/.well-known/openid-configuration/`;
const tokenUrl = (request: FastifyRequest) => `${baseOf(request)}login/token/`;

const TokenRequest = z.discriminatedUnion('grant_type', [
  z.object({ grant_type: z.literal('password'), username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }),
  z.object({ grant_type: z.literal('refresh_token'), refresh_token: z.string().min(1).max(200) }),
]);

/** An OAuth error (RFC 6749 §5.2): what token clients expect, rather than the Noark 5 error body. */
function oauthError(reply: FastifyReply, status: number, error: string, description: string) {
  return reply.code(status).header('cache-control', 'no-store').type('application/json').send({ error, error_description: description });
}

function tokenBody(t: Tokens) {
  return { access_token: t.accessToken, token_type: 'Bearer', expires_in: t.expiresInSeconds, refresh_token: t.refreshToken };
}

export async function loginRoutes(app: FastifyInstance): Promise<void> {
  // Token clients post forms (RFC 6749 §4.3.2); JSON is taken as well.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  const discovery = (request: FastifyRequest, reply: FastifyReply) =>
    reply.type('application/json').send({
      issuer: issuerOf(request),
      token_endpoint: tokenUrl(request),
      grant_types_supported: ['password', 'refresh_token'],
      token_endpoint_auth_methods_supported: ['none'],
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      scopes_supported: ['openid'],
      claims_supported: [],
      service_documentation: baseOf(request),
    });
  for (const path of ['/.well-known/openid-configuration', '/.well-known/openid-configuration/']) {
    app.get(path, { schema: { hide: true } }, discovery);
  }

  app.post('/login/token/', { schema: { hide: true } }, async (request, reply) => {
    const parsed = TokenRequest.safeParse(request.body ?? {});
    const nb = preferredLanguage(request) === 'nb';
    if (!parsed.success) {
      const grant = (request.body as { grant_type?: unknown } | undefined)?.grant_type;
      if (typeof grant === 'string' && grant !== 'password' && grant !== 'refresh_token') {
        return oauthError(reply, 400, 'unsupported_grant_type', nb ? `Ukjent grant_type ${grant}.` : `Unknown grant_type ${grant}.`);
      }
      const fields = parsed.error.issues.map((i) => i.path.join('/') || 'grant_type').join(', ');
      return oauthError(reply, 400, 'invalid_request', nb ? `Mangler eller ugyldig: ${fields}.` : `Missing or invalid: ${fields}.`);
    }
    const ctx = systemCtx(request);
    const client = { ip: request.ip, brukeragent: request.headers['user-agent'] };
    const b = parsed.data;
    try {
      const tokens =
        b.grant_type === 'password'
          ? await passwordGrant(ctx, { brukernavn: b.username, passord: b.password, ...client })
          : await refreshGrant(ctx, b.refresh_token, client);
      return reply.header('cache-control', 'no-store').header('pragma', 'no-cache').type('application/json').send(tokenBody(tokens));
    } catch (error) {
      // A wrong password or a spent refresh token is the grant's fault (§5.2); the login limit's 429 keeps its own answer.
      if (error instanceof DomainError && error.code === 'INVALID_CREDENTIALS') {
        return oauthError(reply, 400, 'invalid_grant', error.text[nb ? 'nb' : 'en']);
      }
      throw error;
    }
  });
}
