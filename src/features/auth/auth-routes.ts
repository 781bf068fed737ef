import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { SESSION_COOKIE } from '../../http/auth-hook.js';
import { ctxOf, requireAuth, systemCtx } from '../../http/request-context.js';
import { authenticateSession } from './authenticate.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { endOwnSession, listOwnSessions, logoutEverywhere } from './manage-sessions.js';
import { OIDC_COOKIE, OIDC_COOKIE_MAX_AGE_SECONDS } from './oidc-browser-binding.js';
import { completeOidcLogin, startOidcLogin } from './oidc-login.js';
import { presentSession, SessionBody } from './session-presenter.js';
import { setOidcIdentity } from './set-oidc-identity.js';
import { SESSION_TTL_MINUTES } from './start-session.js';
import { switchRole } from './switch-role.js';

const LoginBody = z.strictObject({
  brukernavn: z.string().trim().min(1).max(100),
  passord: z.string().min(1).max(500),
});

export async function authRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const secureCookies = app.deps.config.publicUrl.startsWith('https:');

  function setSessionCookie(reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies,
      maxAge: SESSION_TTL_MINUTES * 60,
    });
  }

  app.post(
    '/auth/login',
    {
      schema: { tags: ['innlogging'], summary: 'Logg inn med brukernavn og passord', body: LoginBody, response: { 200: SessionBody } },
    },
    async (request, reply) => {
      const started = await login(systemCtx(request), { ...request.body, ip: request.ip, brukeragent: request.headers['user-agent'] });
      setSessionCookie(reply, started.token);
      return presentSession(await authenticateSession(systemCtx(request), started.token));
    },
  );

  app.post('/auth/logout', { schema: { tags: ['innlogging'], summary: 'Logg ut' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logout(systemCtx(request), token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.post(
    '/auth/logout-everywhere',
    { schema: { tags: ['innlogging'], summary: 'Logg ut overalt (avslutt alle egne økter)' } },
    async (request, reply) => {
      await logoutEverywhere(systemCtx(request), requireAuth(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/session/okter',
    {
      schema: {
        tags: ['innlogging'],
        summary: 'Mine åpne økter (nettlesere der jeg er logget inn), sist brukt først (side, perSide)',
        querystring: z.strictObject(pageQuery(50, 200)),
        response: {
          200: pageBody(
            z.object({
              id: z.uuid(),
              opprettetDato: z.date(),
              sistBruktDato: z.date(),
              utloperDato: z.date(),
              ip: z.string().nullable(),
              brukeragent: z.string().nullable(),
              denne: z.boolean(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const page = await listOwnSessions(systemCtx(request), requireAuth(request), request.query);
      return {
        ...page,
        items: page.items.map((r) => ({
          id: r.id,
          opprettetDato: r.opprettet_dato,
          sistBruktDato: r.sist_brukt_dato,
          utloperDato: r.utloper_dato,
          ip: r.ip,
          brukeragent: r.brukeragent,
          denne: r.denne,
        })),
      };
    },
  );

  app.delete(
    '/session/okter/:id',
    { schema: { tags: ['innlogging'], summary: 'Avslutt en av mine økter', params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      await endOwnSession(systemCtx(request), requireAuth(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/session',
    {
      schema: { tags: ['innlogging'], summary: 'Hvem er logget inn, og i hvilken rolle', response: { 200: SessionBody } },
    },
    async (request) => presentSession(requireAuth(request)),
  );

  app.put(
    '/session/aktiv-rolle',
    {
      schema: {
        tags: ['innlogging'],
        summary: 'Bytt aktiv organisasjon og rolle',
        body: z.strictObject({ rolletildelingId: z.uuid() }),
        response: { 200: SessionBody },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await switchRole(systemCtx(request), auth, request.body.rolletildelingId);
      return presentSession(await authenticateSession(systemCtx(request), request.cookies[SESSION_COOKIE] ?? ''));
    },
  );

  const oidc = app.deps.config.oidc;
  app.get('/auth/oidc', { schema: { tags: ['innlogging'], summary: 'Er OpenID Connect-innlogging slått på?' } }, async () =>
    oidc ? { enabled: true, label: oidc.label } : { enabled: false },
  );
  if (!oidc) return;
  const redirectUri = new URL('/api/auth/oidc/callback', app.deps.config.publicUrl).href;

  app.get(
    '/auth/oidc/start',
    {
      schema: {
        tags: ['innlogging'],
        summary: 'Start innlogging hos OpenID Connect-leverandøren',
        querystring: z.object({ returnTo: z.string().max(500).optional() }),
      },
    },
    async (request, reply) => {
      const started = await startOidcLogin(systemCtx(request), oidc, redirectUri, request.query.returnTo);
      // Lax: the provider sends the browser back with a top-level GET, which Lax cookies accompany.
      reply.setCookie(OIDC_COOKIE, started.cookie, {
        path: '/api/auth/oidc',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: OIDC_COOKIE_MAX_AGE_SECONDS,
      });
      return reply.redirect(started.url);
    },
  );

  app.put(
    '/brukere/:brukernavn/oidc-identitet',
    {
      schema: {
        tags: ['innlogging'],
        summary: 'Koble en bruker til en identitet hos innloggingstjenesten (systemansvarlig); subject null fjerner koblingen',
        params: z.object({ brukernavn: z.string().min(1).max(100) }),
        body: z.strictObject({ subject: z.string().trim().min(1).max(255).nullable() }),
      },
    },
    async (request, reply) => {
      await setOidcIdentity(ctxOf(request), { brukernavn: request.params.brukernavn, issuer: oidc.issuer, subject: request.body.subject });
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/oidc/callback',
    { schema: { tags: ['innlogging'], summary: 'Tilbake fra OpenID Connect-leverandøren' } },
    async (request, reply) => {
      const url = new URL(request.url, redirectUri);
      try {
        reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/oidc' });
        const result = await completeOidcLogin(systemCtx(request), oidc, url, request.cookies[OIDC_COOKIE], {
          ip: request.ip,
          brukeragent: request.headers['user-agent'],
        });
        setSessionCookie(reply, result.token);
        return reply.redirect(result.returnTo);
      } catch (error) {
        // A browser is sent back to the login page with a readable notice;
        // other clients get the problem document.
        const wantsPage = (request.headers.accept ?? '').includes('text/html');
        if (!wantsPage || !(error instanceof DomainError)) throw error;
        request.log.warn({ code: error.code }, error.text.en);
        return reply.redirect('/logg-inn?feil=oidc');
      }
    },
  );
}
