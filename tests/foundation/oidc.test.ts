import http from 'node:http';
import net from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Provider from 'oidc-provider';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { PASSWORD, seedWorld } from '../support/world.js';
import { OIDC_COOKIE } from '../../src/features/auth/oidc-browser-binding.js';

/**
 * OpenID Connect login against a real identity provider (oidc-provider)
 * running on loopback, driven like a browser: redirects, cookies and the
 * provider's own login and consent forms, all over real HTTP.
 */
describe(`OpenID Connect login (${engineName()})`, () => {
  const clientSecret = 'test-secret-som-er-lang-nok-0123456789';
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let idp: http.Server;
  let appUrl: string;
  let issuer: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    // Both ports first: the provider must know the redirect URI and the app its issuer.
    const [appPort, idpPort] = [await freePort(), await freePort()];
    appUrl = `http://127.0.0.1:${appPort}`;
    issuer = `http://127.0.0.1:${idpPort}`;
    idp = http.createServer(identityProvider(issuer, `${appUrl}/api/auth/oidc/callback`, clientSecret).callback());
    await new Promise<void>((resolve) => idp.listen(idpPort, '127.0.0.1', resolve));
    app = await createTestApp(handle, {
      oidc: { issuer, clientId: 'saksgang', clientSecret, usernameClaim: 'preferred_username', label: 'Test-IdP' },
      publicUrl: appUrl,
    });
    await app.listen({ port: appPort, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    idp?.closeAllConnections();
    await new Promise((resolve) => idp?.close(resolve));
    await handle?.close();
  });

  it('tells the login page that single sign-on is on, with its label', async () => {
    const res = await fetch(`${appUrl}/api/auth/oidc`);
    expect(await res.json()).toEqual({ enabled: true, label: 'Test-IdP' });
  });

  const linkIdentity = async (kortnavn: string, brukernavn: string, subject: string | null) => {
    const owner = await loginAs(app, `${kortnavn}.systemansvarlig`, PASSWORD);
    const res = await owner.request('PUT', `/api/brukere/${brukernavn}/oidc-identitet`, { subject });
    expect(res.statusCode, res.body).toBe(204);
  };

  it('does not link by preferred_username: a matching user name is refused until the system owner links the identity', async () => {
    // The provider says preferred_username = "asnes.saksbehandler", a Saksgang user name; that claim is neither unique nor stable.
    const first = new Browser(appUrl);
    const refused = await first.signInAtProvider(`${appUrl}/api/auth/oidc/start?returnTo=/saker`, 'asnes.saksbehandler');
    expect(refused.res.status).toBe(400);
    expect((await refused.res.json()).code).toBe('OIDC_FAILED');
    expect(first.has(appUrl, SESSION_COOKIE)).toBe(false);
    const unlinked = await handle.db
      .selectFrom('bruker')
      .select('oidc_subject')
      .where('brukernavn', '=', 'asnes.saksbehandler')
      .executeTakeFirstOrThrow();
    expect(unlinked.oidc_subject).toBeNull();

    await linkIdentity('asnes', 'asnes.saksbehandler', 'asnes.saksbehandler');
    const browser = new Browser(appUrl);
    const { res, visited } = await browser.signInAtProvider(`${appUrl}/api/auth/oidc/start?returnTo=/saker`, 'asnes.saksbehandler');
    // Through the provider's login and consent pages, then the callback sends the user where they were going.
    expect(visited.some((url) => url.startsWith(`${issuer}/interaction/`))).toBe(true);
    expect(res.url).toMatch(/\/api\/auth\/oidc\/callback\?code=/);
    expect(res.status).toBe(302);
    expect(visited.at(-1)).toBe(`${appUrl}/saker`);
    expect(browser.has(appUrl, SESSION_COOKIE)).toBe(true);
    const session = await browser.get(`${appUrl}/api/session`);
    expect(session.status).toBe(200);
    const body = await session.json();
    expect(body.bruker.brukernavn).toBe('asnes.saksbehandler');
    expect(body.roller.map((r: { organisasjon: { kortnavn: string } }) => r.organisasjon.kortnavn)).toEqual(['asnes']);
    // The link is logged in Åsnes with the system owner as the actor.
    const user = await handle.db
      .selectFrom('bruker')
      .select('id')
      .where('brukernavn', '=', 'asnes.saksbehandler')
      .executeTakeFirstOrThrow();
    const log = await handle.db.selectFrom('endringslogg').select(['felt', 'ny_verdi']).where('objekt_id', '=', user.id).execute();
    expect(log).toEqual([{ felt: 'oidcIdentitet', ny_verdi: `${issuer} asnes.saksbehandler` }]);
  });

  it('refuses a login finished in another browser than the one that started it (login CSRF)', async () => {
    await linkIdentity('grue', 'grue.arkivar', 'angriper');
    // The attacker signs in with their own account and keeps the callback address instead of following it ...
    const attacker = new Browser(appUrl);
    const callback = await attacker.signInUntilCallback(`${appUrl}/api/auth/oidc/start`, 'angriper');
    expect(callback).toMatch(/\/api\/auth\/oidc\/callback\?code=.*state=/);
    // ... and makes the victim's browser open it: refused, no session, and no state is consumed.
    const victim = new Browser(appUrl);
    const res = await victim.get(callback);
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('OIDC_FAILED');
    expect(victim.has(appUrl, SESSION_COOKIE)).toBe(false);
    // A forged binding cookie for that state does not help either.
    const state = new URL(callback).searchParams.get('state')!;
    const forged = await fetch(callback, { redirect: 'manual', headers: { cookie: `${OIDC_COOKIE}=${state}.gjettet.signatur` } });
    expect(forged.status).toBe(400);
    // The browser that started the login can still finish it.
    const own = await attacker.get(callback);
    expect(own.status).toBe(302);
    expect(attacker.has(appUrl, SESSION_COOKIE)).toBe(true);
  });

  it('sends the browser to the start page for a return address on another host', async () => {
    for (const hostile of [
      '/\\evil.example',
      '//evil.example',
      'https://evil.example/saker',
      `${appUrl}//evil.example`,
      'javascript:alert(1)',
    ]) {
      const res = await fetch(`${appUrl}/api/auth/oidc/start?returnTo=${encodeURIComponent(hostile)}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      const state = new URL(res.headers.get('location')!).searchParams.get('state')!;
      const row = await handle.db.selectFrom('oidc_login_state').select('return_to').where('state', '=', state).executeTakeFirstOrThrow();
      expect(row.return_to, hostile).toBe('/');
    }
    // The whole way through: the user lands on our start page, not on evil.example.
    const browser = new Browser(appUrl);
    const { visited } = await browser.signInAtProvider(
      `${appUrl}/api/auth/oidc/start?returnTo=${encodeURIComponent('/\\evil.example')}`,
      'asnes.saksbehandler',
    );
    expect(visited.at(-1)).toBe(`${appUrl}/`);
  });

  it('links a first login by a verified e-mail address only where the organisation allows it', async () => {
    const owner = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
    for (const [brukernavn, epost] of [
      ['valer.ola', 'verifisert.ola@example.test'],
      ['valer.kari', 'uverifisert.kari@example.test'],
    ]) {
      const created = await owner.request('POST', '/api/brukere', {
        brukernavn,
        navn: brukernavn,
        epost,
        passord: 'langt-nok-passord',
        rolle: 'SB',
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const off = await new Browser(appUrl).signInAtProvider(`${appUrl}/api/auth/oidc/start`, 'verifisert.ola');
    expect(off.res.status).toBe(400);
    await handle.db.updateTable('organisasjon').set({ oidc_epost_kobling: true }).where('kortnavn', '=', 'valer').execute();
    // An address the provider does not mark verified never links.
    const unverified = await new Browser(appUrl).signInAtProvider(`${appUrl}/api/auth/oidc/start`, 'uverifisert.kari');
    expect(unverified.res.status).toBe(400);
    const browser = new Browser(appUrl);
    const on = await browser.signInAtProvider(`${appUrl}/api/auth/oidc/start`, 'verifisert.ola');
    expect(on.res.status).toBe(302);
    expect((await (await browser.get(`${appUrl}/api/session`)).json()).bruker.brukernavn).toBe('valer.ola');
    const linked = await handle.db
      .selectFrom('bruker')
      .select(['oidc_issuer', 'oidc_subject'])
      .where('brukernavn', '=', 'valer.ola')
      .executeTakeFirstOrThrow();
    expect(linked).toEqual({ oidc_issuer: issuer, oidc_subject: 'verifisert.ola' });
  });

  it('refuses an identity that has no Saksgang user, and says so', async () => {
    const browser = new Browser(appUrl);
    const { res } = await browser.signInAtProvider(`${appUrl}/api/auth/oidc/start`, 'ukjent.person');
    expect(res.url).toMatch(/\/api\/auth\/oidc\/callback\?/);
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.code).toBe('OIDC_FAILED');
    expect(problem.detail).toMatch(/ingen bruker i Saksgang/);
    expect(browser.has(appUrl, SESSION_COOKIE)).toBe(false);
  });

  it('refuses a callback that was not started here (no matching state)', async () => {
    const res = await fetch(`${appUrl}/api/auth/oidc/callback?code=abc&state=forfalsket`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('OIDC_FAILED');
  });
});

/** A real provider with its development login/consent pages: any login name is accepted as the subject. */
function identityProvider(issuer: string, redirectUri: string, clientSecret: string): Provider {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return new Provider(issuer, {
    clients: [
      {
        client_id: 'saksgang',
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // openid-client sends the secret in the body unless told otherwise.
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({
        sub,
        preferred_username: sub,
        name: `Testperson ${sub}`,
        email: `${sub}@example.test`,
        email_verified: sub.startsWith('verifisert'),
      }),
    }),
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email', 'email_verified'] },
    cookies: { keys: ['cookie-signing-key-for-tests-only'] },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds), which also quiets the provider's notices about defaults.
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' }] },
  });
}

/** Just enough of a browser: a cookie jar (by host and path), manual redirects, HTML form posts. */
class Browser {
  private cookies: { host: string; path: string; name: string; value: string }[] = [];

  constructor(private readonly appOrigin: string) {}

  has(origin: string, name: string): boolean {
    return this.cookies.some((c) => c.host === new URL(origin).host && c.name === name);
  }

  get(url: string): Promise<Response> {
    return this.fetch(url, {});
  }

  /** From the app's start link through the provider's login and consent forms back to the app. */
  async signInAtProvider(startUrl: string, login: string): Promise<{ res: Response; visited: string[] }> {
    const visited: string[] = [];
    let res = await this.follow(startUrl, {}, visited);
    for (let step = 0; step < 4 && isHtml(res) && new URL(res.url).pathname.startsWith('/interaction/'); step++) {
      const form = parseForm(await res.text(), res.url);
      const fields = { ...form.fields, login, password: 'hva-som-helst' };
      res = await this.follow(form.action, { method: 'POST', body: new URLSearchParams(fields) }, visited);
    }
    return { res, visited };
  }

  /** Through the provider's forms, but not into the app's callback: returns the callback address. */
  async signInUntilCallback(startUrl: string, login: string): Promise<string> {
    this.stopAtCallback = true;
    try {
      const { visited } = await this.signInAtProvider(startUrl, login);
      return visited.at(-1)!;
    } finally {
      this.stopAtCallback = false;
    }
  }

  private stopAtCallback = false;

  /** Follows redirects like a browser, but stops before loading the app's own (UI) pages. */
  private async follow(url: string, init: RequestInit, visited: string[]): Promise<Response> {
    let res = await this.fetch(url, init);
    for (let hops = 0; hops < 20 && res.status >= 300 && res.status < 400; hops++) {
      const next = new URL(res.headers.get('location')!, res.url);
      visited.push(next.href);
      if (next.origin === this.appOrigin && !next.pathname.startsWith('/api/')) break;
      if (this.stopAtCallback && next.pathname === '/api/auth/oidc/callback') break;
      res = await this.fetch(next.href, {});
    }
    return res;
  }

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    const u = new URL(url);
    const cookie = this.cookies
      .filter((c) => c.host === u.host && u.pathname.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const res = await fetch(u, { ...init, redirect: 'manual', headers: { ...(cookie ? { cookie } : {}) } });
    for (const header of res.headers.getSetCookie()) this.store(u, header);
    // Response.url is empty for a manual fetch in some runtimes; keep it for resolving relative links.
    Object.defineProperty(res, 'url', { value: u.href });
    return res;
  }

  private store(from: URL, header: string) {
    const [pair, ...attributes] = header.split(';').map((s) => s.trim());
    const [name, ...rest] = pair!.split('=');
    const value = rest.join('=');
    const attr = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.split('=')[1];
    const path = attr('path') ?? '/';
    const expires = attr('expires');
    const gone = !value || attr('max-age') === '0' || (expires !== undefined && new Date(expires) < new Date());
    this.cookies = this.cookies.filter((c) => !(c.host === from.host && c.path === path && c.name === name));
    if (!gone) this.cookies.push({ host: from.host, path, name: name!, value });
  }
}

function isHtml(res: Response): boolean {
  return res.status === 200 && (res.headers.get('content-type') ?? '').includes('text/html');
}

/** The first form on a page: where it posts to, and its hidden fields. */
function parseForm(html: string, pageUrl: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form on ${pageUrl}:\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) fields[name!] = value!;
  return { action: new URL(action.replaceAll('&amp;', '&'), pageUrl).href, fields };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
