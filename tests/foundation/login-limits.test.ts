import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { LOGIN_LIMIT } from '../../src/features/auth/domain/login-limit.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { hashSlots } from '../../src/features/auth/password.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { PASSWORD, seedWorld } from '../support/world.js';
import { createJournalpost, documentForm, postForm, tempDataDir } from '../documents/fixtures.js';

describe(`login limits, proxies and the hash queue (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let proxied: FastifyInstance;
  let dataDir: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir, passwordHashing: { concurrency: 2, queue: 8 } });
    proxied = await createTestApp(handle, { dataDir, trustProxy: ['10.0.0.1'], passwordHashing: { concurrency: 2, queue: 8 } });
  });
  afterAll(async () => {
    await app.close();
    await proxied.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const login = (brukernavn: string, passord: string, from = '192.0.2.1', headers: Record<string, string> = {}, target = app) =>
    target.inject({ method: 'POST', url: '/api/auth/login', payload: { brukernavn, passord }, remoteAddress: from, headers });

  describe('per user name and source', () => {
    it('slows further guesses from the guessing source with a growing delay, and says when to come back', async () => {
      for (let i = 0; i < LOGIN_LIMIT.freeFailuresPerPair; i++) {
        expect((await login('asnes.leder', `gjett-${i}`, '192.0.2.10')).statusCode).toBe(401);
      }
      const slowed = await login('asnes.leder', PASSWORD, '192.0.2.10');
      expect(slowed.statusCode).toBe(429);
      expect(slowed.json().code).toBe('TOO_MANY_ATTEMPTS');
      expect(slowed.json().detail).toMatch(/For mange mislykkede innlogginger/);
      expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(LOGIN_LIMIT.firstDelaySeconds);
    });

    it('does not lock the real user out: the same user name from another source still logs in', async () => {
      for (let i = 0; i < LOGIN_LIMIT.freeFailuresPerPair + 2; i++) await login('grue.leder', `gjett-${i}`, '198.51.100.66');
      expect((await login('grue.leder', 'gjett-igjen', '198.51.100.66')).statusCode).toBe(429);
      expect((await login('grue.leder', PASSWORD, '192.0.2.20')).statusCode).toBe(200);
      // ... and another user from the guessing source is not slowed either.
      expect((await login('grue.arkivar', PASSWORD, '198.51.100.66')).statusCode).toBe(200);
    });

    it('lets the delay pass: once it is over, the next attempt is judged again', async () => {
      for (let i = 0; i < LOGIN_LIMIT.freeFailuresPerPair; i++) await login('valer.leder', `gjett-${i}`, '192.0.2.30');
      expect((await login('valer.leder', PASSWORD, '192.0.2.30')).statusCode).toBe(429);
      // Move the failures back in time instead of waiting.
      const past = new Date(Date.now() - (LOGIN_LIMIT.firstDelaySeconds + 1) * 1000);
      await handle.db.updateTable('login_failure').set({ tidspunkt: past }).where('ip', '=', '192.0.2.30').execute();
      expect((await login('valer.leder', PASSWORD, '192.0.2.30')).statusCode).toBe(200);
    });

    it('counts concurrent guesses against each other: a burst cannot all reach the password check', async () => {
      const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => login('valer.motesekretar', `samtidig-${i}`, '192.0.2.40')));
      const checked = burst.filter((r) => r.statusCode === 401).length;
      expect(burst.every((r) => r.statusCode === 401 || r.statusCode === 429)).toBe(true);
      expect(checked).toBeGreaterThan(0);
      expect(checked).toBeLessThanOrEqual(LOGIN_LIMIT.freeFailuresPerPair);
    });

    it('answers an unknown user name exactly like a known one, limits included', async () => {
      const known = await login('asnes.arkivar', 'feil', '192.0.2.50');
      const unknown = await login('finnes.ikke', 'feil', '192.0.2.51');
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(unknown.json()).toEqual(known.json());
      for (let i = 0; i < LOGIN_LIMIT.freeFailuresPerPair; i++) {
        await login('asnes.arkivar', 'feil', '192.0.2.52');
        await login('finnes.heller.ikke', 'feil', '192.0.2.53');
      }
      const a = await login('asnes.arkivar', 'feil', '192.0.2.52');
      const b = await login('finnes.heller.ikke', 'feil', '192.0.2.53');
      expect([a.statusCode, b.statusCode]).toEqual([429, 429]);
      expect(a.json().code).toBe(b.json().code);
    });
  });

  describe('X-Forwarded-For', () => {
    it('is ignored without TRUST_PROXY: changing it does not dodge the per-source limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < LOGIN_LIMIT.perSource + 5; i++) {
        const res = await login(`spray${i}`, 'feil', '203.0.113.9', { 'x-forwarded-for': `198.18.${i}.1` });
        statuses.push(res.statusCode);
      }
      expect(statuses.slice(0, LOGIN_LIMIT.perSource).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(LOGIN_LIMIT.perSource).every((s) => s === 429)).toBe(true);
      // The address recorded is the connection's, not the header's.
      const sources = await handle.db.selectFrom('login_failure').select('ip').where('brukernavn', 'like', 'spray%').distinct().execute();
      expect(sources.map((s) => s.ip)).toEqual(['203.0.113.9']);
    });

    it('is believed only from a trusted proxy: each client behind it has its own limit', async () => {
      for (let i = 0; i < LOGIN_LIMIT.perSource; i++) {
        await login(`bak-proxy${i}`, 'feil', '10.0.0.1', { 'x-forwarded-for': '198.18.200.1' }, proxied);
      }
      expect((await login('bak-proxy-x', 'feil', '10.0.0.1', { 'x-forwarded-for': '198.18.200.1' }, proxied)).statusCode).toBe(429);
      // Another client behind the same proxy is not affected.
      expect((await login('valer.arkivar', PASSWORD, '10.0.0.1', { 'x-forwarded-for': '198.18.200.2' }, proxied)).statusCode).toBe(200);
      // A client that is not the proxy cannot claim to be someone else.
      await login('forfalsket', 'feil', '203.0.113.77', { 'x-forwarded-for': '198.18.200.3' }, proxied);
      const row = await handle.db.selectFrom('login_failure').select('ip').where('brukernavn', '=', 'forfalsket').executeTakeFirstOrThrow();
      expect(row.ip).toBe('203.0.113.77');
    });
  });

  describe('the password hash queue', () => {
    it('refuses with 429 and Retry-After when full, while a download still completes', async () => {
      const sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
      const jp = await createJournalpost(handle, 'valer');
      const pdf = Buffer.from(await makePdf('Tilsynsrapport'));
      const uploaded = await postForm(app, sb, `/api/journalposter/${jp}/dokumenter`, documentForm('rapport.pdf', pdf));
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const objektId = uploaded.json().dokumentobjekter[0].id as string;

      // Fill every hash slot and the whole queue with hashes that do not finish until we say so.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const { running, waiting } = hashSlots.inFlight;
      expect({ running, waiting }).toEqual({ running: 0, waiting: 0 });
      const held = Array.from({ length: 2 + 8 }, () => hashSlots.run(() => gate));
      try {
        const refused = await login('valer.arkivar', PASSWORD, '192.0.2.90');
        expect(refused.statusCode).toBe(429);
        expect(refused.json().code).toBe('LOGIN_BUSY');
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        const download = await sb.request('GET', `/api/dokumentobjekter/${objektId}/fil`);
        expect(download.statusCode).toBe(200);
        expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
        // The UI previews the file in a frame of its own pages: same-origin framing only.
        expect(download.headers['content-security-policy']).toContain("frame-ancestors 'self'");
        expect(download.headers['x-frame-options']).toBe('SAMEORIGIN');
      } finally {
        release();
        await Promise.all(held);
      }
      // A refusal for overload is not a failed guess: the user logs in at once afterwards.
      expect((await login('valer.arkivar', PASSWORD, '192.0.2.90')).statusCode).toBe(200);
    });
  });
});
