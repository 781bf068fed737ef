import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { purgeAuthData } from '../../src/features/auth/purge-auth-data.js';
import { osloDate } from '../../src/features/saksmappe/oslo-calendar.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { PASSWORD, seedWorld, silentLog } from '../support/world.js';

describe(`API tokens, role assignments and sessions (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let owner: Client;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    app = await createTestApp(handle, { apiTokenDays: { default: 90, max: 365 } });
    owner = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const bearer = (token: string, url = '/api/enheter') => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const userId = async (brukernavn: string) =>
    (await handle.db.selectFrom('bruker').select('id').where('brukernavn', '=', brukernavn).executeTakeFirstOrThrow()).id;
  const assignmentOf = async (brukernavn: string, kortnavn: string) =>
    (
      await handle.db
        .selectFrom('rolletildeling as r')
        .innerJoin('organisasjon as o', 'o.id', 'r.organisasjon_id')
        .select('r.id')
        .where('r.bruker_id', '=', await userId(brukernavn))
        .where('o.kortnavn', '=', kortnavn)
        .executeTakeFirstOrThrow()
    ).id;
  const logFor = (objektId: string) =>
    handle.db
      .selectFrom('endringslogg')
      .select(['felt', 'tidligere_verdi', 'ny_verdi', 'endret_av'])
      .where('objekt_id', '=', objektId)
      .orderBy('id')
      .execute();

  describe('no impersonation', () => {
    it('refuses a token on another person’s role, even for the system owner', async () => {
      const before = await handle.db.selectFrom('api_token').select('id').execute();
      const res = await owner.request('POST', '/api/api-tokens', {
        navn: 'Som arkivaren',
        rolletildelingId: await assignmentOf('valer.arkivar', 'valer'),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('ACCESS_DENIED');
      expect(await handle.db.selectFrom('api_token').select('id').execute()).toHaveLength(before.length);
    });

    it('answers a role assignment of another organisation as not found', async () => {
      const res = await owner.request('POST', '/api/api-tokens', {
        navn: 'Åsnes',
        rolletildelingId: await assignmentOf('asnes.systemansvarlig', 'asnes'),
      });
      expect(res.statusCode).toBe(404);
    });

    it('lets the system owner make a token for a dedicated integration user, logged with the real actor', async () => {
      const created = await owner.request('POST', '/api/brukere', {
        brukernavn: 'valer.sak-integrasjon',
        navn: 'Fagsystem',
        rolle: 'SB',
        integrasjon: true,
      });
      expect(created.statusCode, created.body).toBe(201);
      const res = await owner.request('POST', '/api/api-tokens', { navn: 'Fagsystem', rolletildelingId: created.json().rolletildelingId });
      expect(res.statusCode, res.body).toBe(201);
      const who = await app.inject({ method: 'GET', url: '/api/session', headers: { authorization: `Bearer ${res.json().token}` } });
      expect(who.json().bruker.brukernavn).toBe('valer.sak-integrasjon');
      const log = await logFor(res.json().id);
      expect(log.map((e) => e.felt)).toEqual(['navn', 'rolletildeling', 'utloperDato']);
      expect(log.every((e) => e.endret_av === owner.session.bruker.id)).toBe(true);
      expect(log[1]!.ny_verdi).toBe('valer.sak-integrasjon (SB)');
      // An integration user has no password: it cannot log in.
      expect(
        (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { brukernavn: 'valer.sak-integrasjon', passord: 'x' } }))
          .statusCode,
      ).toBe(401);
    });

    it('refuses a role for a user of another organisation exactly like a user that does not exist', async () => {
      const other = await owner.request('POST', '/api/rolletildelinger', { brukernavn: 'asnes.saksbehandler', rolle: 'LES' });
      const unknown = await owner.request('POST', '/api/rolletildelinger', { brukernavn: 'finnes.ikke', rolle: 'LES' });
      expect([other.statusCode, unknown.statusCode]).toEqual([404, 404]);
      expect(other.json().detail.replace('asnes.saksbehandler', 'X')).toBe(unknown.json().detail.replace('finnes.ikke', 'X'));
      const asnes = await handle.db
        .selectFrom('rolletildeling as r')
        .innerJoin('organisasjon as o', 'o.id', 'r.organisasjon_id')
        .select('o.kortnavn')
        .where('r.bruker_id', '=', await userId('asnes.saksbehandler'))
        .execute();
      expect(asnes.map((r) => r.kortnavn)).toEqual(['asnes']);
    });

    it('logs a role assignment in its organisation with the real actor', async () => {
      const res = await owner.request('POST', '/api/rolletildelinger', { brukernavn: 'valer.saksbehandler', rolle: 'LES' });
      expect(res.statusCode).toBe(201);
      const log = await logFor(res.json().id);
      expect(log.map((e) => [e.felt, e.ny_verdi])).toEqual([
        ['bruker', 'valer.saksbehandler'],
        ['rolle', 'LES'],
        ['fraDato', osloDate(new Date())],
      ]);
      expect(log[0]!.endret_av).toBe(owner.session.bruker.id);
    });
  });

  describe('token life', () => {
    async function ownToken(navn: string, gyldigDager?: number) {
      const res = await owner.request('POST', '/api/api-tokens', {
        navn,
        rolletildelingId: owner.session.aktivRolleId,
        ...(gyldigDager ? { gyldigDager } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; token: string; utloperDato: string };
    }

    it('expires by default after the configured lifetime, and refuses a longer one', async () => {
      const t = await ownToken('Standard levetid');
      const days = (new Date(t.utloperDato).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(89.9);
      expect(days).toBeLessThanOrEqual(90);
      const tooLong = await owner.request('POST', '/api/api-tokens', {
        navn: 'For lang',
        rolletildelingId: owner.session.aktivRolleId,
        gyldigDager: 400,
      });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().detail).toMatch(/gyldigDager/);
    });

    it('is refused at once when revoked; the list shows it revoked, with last use; the log names who revoked it', async () => {
      const t = await ownToken('Skal trekkes');
      expect((await bearer(t.token)).statusCode).toBe(200);
      const listed = (await owner.request('GET', '/api/api-tokens')).json().items.find((i: { id: string }) => i.id === t.id);
      expect(listed).toMatchObject({ navn: 'Skal trekkes', status: 'aktiv', bruker: { brukernavn: 'valer.systemansvarlig' } });
      expect(listed.sistBruktDato).not.toBeNull();
      expect(JSON.stringify(listed)).not.toContain(t.token);
      expect((await owner.request('DELETE', `/api/api-tokens/${t.id}`)).statusCode).toBe(204);
      const refused = await bearer(t.token);
      expect(refused.statusCode).toBe(401);
      expect(refused.json().code).toBe('UNAUTHENTICATED');
      const after = (await owner.request('GET', '/api/api-tokens')).json().items.find((i: { id: string }) => i.id === t.id);
      expect(after.status).toBe('tilbakekalt');
      const log = await logFor(t.id);
      expect(log.at(-1)).toMatchObject({ felt: 'tilbakekaltDato', tidligere_verdi: null, endret_av: owner.session.bruker.id });
    });

    it('is refused once expired', async () => {
      const t = await ownToken('Utløper');
      await handle.db
        .updateTable('api_token')
        .set({ utloper_dato: new Date(Date.now() - 1000) })
        .where('id', '=', t.id)
        .execute();
      expect((await bearer(t.token)).statusCode).toBe(401);
      const listed = (await owner.request('GET', '/api/api-tokens')).json().items.find((i: { id: string }) => i.id === t.id);
      expect(listed.status).toBe('utlopt');
    });

    it('cannot be revoked by someone else, nor from another organisation (not found)', async () => {
      const t = await ownToken('Ikke din');
      const sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
      expect((await sb.request('DELETE', `/api/api-tokens/${t.id}`)).statusCode).toBe(404);
      expect((await sb.request('GET', '/api/api-tokens')).json().items).toEqual([]);
      const asnes = await loginAs(app, 'asnes.systemansvarlig', PASSWORD);
      expect((await asnes.request('DELETE', `/api/api-tokens/${t.id}`)).statusCode).toBe(404);
      expect((await bearer(t.token)).statusCode).toBe(200);
    });
  });

  describe('sessions', () => {
    const getSession = (cookie: string) => app.inject({ method: 'GET', url: '/api/session', cookies: { [SESSION_COOKIE]: cookie } });

    it('lists one’s own sessions, ends one of them, and logs out everywhere', async () => {
      const laptop = await loginAs(app, 'grue.saksbehandler', PASSWORD);
      const phone = await loginAs(app, 'grue.saksbehandler', PASSWORD);
      const tablet = await loginAs(app, 'grue.saksbehandler', PASSWORD);
      const list = (await laptop.request('GET', '/api/session/okter')).json().items as { id: string; denne: boolean }[];
      expect(list).toHaveLength(3);
      expect(list.filter((s) => s.denne)).toHaveLength(1);
      const phoneId = (await phone.request('GET', '/api/session/okter')).json().items.find((s: { denne: boolean }) => s.denne).id;
      expect((await laptop.request('DELETE', `/api/session/okter/${phoneId}`)).statusCode).toBe(204);
      expect((await getSession(phone.cookie)).statusCode).toBe(401);
      expect((await getSession(tablet.cookie)).statusCode).toBe(200);
      // Another user's session id is not found.
      const other = await loginAs(app, 'grue.leder', PASSWORD);
      const otherId = (await other.request('GET', '/api/session/okter')).json().items[0].id;
      expect((await laptop.request('DELETE', `/api/session/okter/${otherId}`)).statusCode).toBe(404);
      expect((await laptop.request('POST', '/api/auth/logout-everywhere')).statusCode).toBe(204);
      for (const c of [laptop, tablet]) expect((await getSession(c.cookie)).statusCode).toBe(401);
      expect((await getSession(other.cookie)).statusCode).toBe(200);
    });

    it('purges expired sessions, old failed logins and stale OIDC logins, and keeps the rest', async () => {
      const live = await loginAs(app, 'grue.arkivar', PASSWORD);
      const stale = await loginAs(app, 'grue.arkivar', PASSWORD);
      const grue = await userId('grue.arkivar');
      const old = new Date(Date.now() - 31 * 86_400_000);
      const staleHash = (await handle.db.selectFrom('session').select('token_hash').where('bruker_id', '=', grue).execute()).map(
        (s) => s.token_hash,
      );
      await handle.db
        .updateTable('session')
        .set({ utloper_dato: new Date(Date.now() - 1000) })
        .where('token_hash', '=', staleHash[1]!)
        .execute();
      await handle.db
        .insertInto('login_failure')
        .values([
          { brukernavn: 'gammel', ip: '192.0.2.200', tidspunkt: old },
          { brukernavn: 'ny', ip: '192.0.2.200' },
        ])
        .execute();
      await handle.db
        .insertInto('oidc_login_state')
        .values([
          { state: 'gammel-state', nonce: 'n', code_verifier: 'v', opprettet_dato: old },
          { state: 'fersk-state', nonce: 'n', code_verifier: 'v' },
        ])
        .execute();
      const result = await purgeAuthData({ db: handle.db, now: () => new Date(), log: silentLog });
      expect(result.sessions).toBeGreaterThanOrEqual(1);
      expect(result.loginFailures).toBeGreaterThanOrEqual(1);
      expect(result.oidcStates).toBeGreaterThanOrEqual(1);
      const failures = await handle.db.selectFrom('login_failure').select('brukernavn').where('ip', '=', '192.0.2.200').execute();
      expect(failures.map((f) => f.brukernavn)).toEqual(['ny']);
      const states = await handle.db.selectFrom('oidc_login_state').select('state').execute();
      expect(states.map((s) => s.state)).toEqual(['fersk-state']);
      expect(
        await handle.db.selectFrom('session').select('token_hash').where('token_hash', '=', staleHash[1]!).executeTakeFirst(),
      ).toBeUndefined();
      expect((await getSession(live.cookie)).statusCode + (await getSession(stale.cookie)).statusCode).toBe(200 + 401);
    });
  });
});
