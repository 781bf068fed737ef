import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { PASSWORD, seedWorld } from '../support/world.js';

describe(`authentication (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    app = await createTestApp(handle);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const tryLogin = (brukernavn: string, passord: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { brukernavn, passord } });
  const getSession = (cookie: string) => app.inject({ method: 'GET', url: '/api/session', cookies: { [SESSION_COOKIE]: cookie } });

  describe('password login', () => {
    it('opens a session with an http-only cookie and reports the user and roles', async () => {
      const res = await tryLogin('valer.saksbehandler', PASSWORD);
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Lax');
      const session = await getSession(cookie.value);
      expect(session.statusCode).toBe(200);
      expect(session.json().bruker.brukernavn).toBe('valer.saksbehandler');
      expect(session.json().roller[0].organisasjon.kortnavn).toBe('valer');
    });

    it('refuses a wrong password with 401 and a Norwegian message', async () => {
      const res = await tryLogin('valer.saksbehandler', 'feil-passord');
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'Feil brukernavn eller passord.' });
      expect(res.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    });

    it('answers an unknown user exactly like a wrong password (does not reveal who exists)', async () => {
      const wrong = await tryLogin('grue.saksbehandler', 'feil-passord');
      const unknown = await tryLogin('finnes.ikke', 'feil-passord');
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json()).toEqual(wrong.json());
    });

    it('slows a user name from the same source after 5 failures, even for the right password', async () => {
      for (let i = 0; i < 5; i++) expect((await tryLogin('asnes.leder', `gjett-${i}`)).statusCode).toBe(401);
      const locked = await tryLogin('asnes.leder', PASSWORD);
      expect(locked.statusCode).toBe(429);
      expect(locked.json().code).toBe('TOO_MANY_ATTEMPTS');
      expect(locked.json().detail).toMatch(/For mange mislykkede innlogginger/);
      // Another user from the same address is not locked out by it.
      expect((await tryLogin('asnes.arkivar', PASSWORD)).statusCode).toBe(200);
    });
  });

  describe('sessions', () => {
    it('ends the session at logout: the old cookie no longer works', async () => {
      const client = await loginAs(app, 'valer.arkivar', PASSWORD);
      expect((await getSession(client.cookie)).statusCode).toBe(200);
      const out = await client.request('POST', '/api/auth/logout');
      expect(out.statusCode).toBe(204);
      const after = await getSession(client.cookie);
      expect(after.statusCode).toBe(401);
      expect(after.json().code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired session and says it expired', async () => {
      const client = await loginAs(app, 'valer.leder', PASSWORD);
      const user = await handle.db.selectFrom('bruker').select('id').where('brukernavn', '=', 'valer.leder').executeTakeFirstOrThrow();
      await handle.db
        .updateTable('session')
        .set({ utloper_dato: new Date(Date.now() - 60_000) })
        .where('bruker_id', '=', user.id)
        .execute();
      const res = await getSession(client.cookie);
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toMatch(/utløpt/);
      expect(res.json().messages.en).toMatch(/expired/);
    });

    it('refuses a state-changing request with a session cookie but a missing or wrong CSRF token', async () => {
      const client = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
      const body = { kortnavn: 'CSRF', navn: 'Skal ikke opprettes' };
      for (const headers of [{}, { 'x-csrf-token': 'feil' }]) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/enheter',
          cookies: { [SESSION_COOKIE]: client.cookie },
          headers,
          payload: body,
        });
        expect(res.statusCode).toBe(403);
        expect(res.json().code).toBe('CSRF_FAILED');
      }
      const units = (await client.request('GET', '/api/enheter')).json().items as { kortnavn: string }[];
      expect(units.some((u) => u.kortnavn === 'CSRF')).toBe(false);
      // With the token the same request goes through: the refusal was about CSRF alone.
      expect((await client.request('POST', '/api/enheter', body)).statusCode).toBe(201);
    });
  });

  describe('API tokens', () => {
    async function createToken(navn: string) {
      const owner = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
      const res = await owner.request('POST', '/api/api-tokens', { navn, rolletildelingId: owner.session.aktivRolleId });
      expect(res.statusCode).toBe(201);
      return res.json() as { id: string; token: string };
    }
    const bearer = (token: string, method: 'GET' | 'PUT', url: string, payload?: object) =>
      app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

    it('acts as its role in Våler only, without a session or CSRF token', async () => {
      const { token } = await createToken('Integrasjon');
      const res = await bearer(token, 'GET', '/api/enheter');
      expect(res.statusCode).toBe(200);
      const names = (res.json().items as { navn: string }[]).map((u) => u.navn);
      expect(names).toContain('Våler skole');
      expect(names).not.toContain('Flisa skole');
      expect(names).not.toContain('Grue barneskole');
    });

    it('cannot switch role', async () => {
      const { token } = await createToken('Fast rolle');
      const archivist = await loginAs(app, 'dokumentsenter', PASSWORD);
      const res = await bearer(token, 'PUT', '/api/session/aktiv-rolle', { rolletildelingId: archivist.session.aktivRolleId });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('ACCESS_DENIED');
    });

    it('stops working when revoked or expired', async () => {
      const revoked = await createToken('Tilbakekalt');
      const expired = await createToken('Utløpt');
      expect((await bearer(revoked.token, 'GET', '/api/enheter')).statusCode).toBe(200);
      const past = new Date(Date.now() - 60_000);
      await handle.db.updateTable('api_token').set({ tilbakekalt_dato: past }).where('id', '=', revoked.id).execute();
      await handle.db.updateTable('api_token').set({ utloper_dato: past }).where('id', '=', expired.id).execute();
      for (const { token } of [revoked, expired, { token: 'sg_finnes-ikke' }]) {
        const res = await bearer(token, 'GET', '/api/enheter');
        expect(res.statusCode).toBe(401);
        expect(res.json().code).toBe('UNAUTHENTICATED');
      }
    });
  });
});
