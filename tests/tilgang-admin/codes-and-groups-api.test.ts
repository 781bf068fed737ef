import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { seedRecordsWorld } from '../records/records-world.js';

/*
 * The system owner's administration of access codes and access groups
 * (issue 10 items 1 and 3) through HTTP: who may, what is refused, what the
 * change log keeps.
 */
describe(`access codes and access groups, administered by the system owner (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const c: Record<string, Client> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    for (const u of [
      'valer.systemansvarlig',
      'valer.arkivar',
      'valer.leder',
      'valer.saksbehandler',
      'valer.lesetilgang',
      'asnes.systemansvarlig',
    ]) {
      c[u] = await loginAs(app, u, PASSWORD);
      ids[u] = c[u].session.bruker.id;
    }
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const sys = () => c['valer.systemansvarlig']!;
  const log = async (objektId: string) =>
    (await sys().request('GET', `/api/endringslogg?objektId=${objektId}`)).json().items as {
      felt: string;
      tidligereVerdi: string | null;
      nyVerdi: string | null;
      endretAv: { id: string };
    }[];
  const codeId = async (kode: string) =>
    (
      await handle.db
        .selectFrom('tilgangskode as t')
        .innerJoin('organisasjon as o', 'o.id', 't.organisasjon_id')
        .select('t.id')
        .where('o.kortnavn', '=', 'valer')
        .where('t.kode', '=', kode)
        .executeTakeFirstOrThrow()
    ).id;

  describe('access codes', () => {
    it('lets the system owner add a code, edit its name and basis, deactivate and reactivate it; every change logged', async () => {
      const created = await sys().request('POST', '/api/tilgangskoder', {
        kode: 'BV',
        navn: 'Barnevern',
        skjermingshjemmel: 'Offl §13 jf. bvl §13-1',
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toEqual({
        kode: 'BV',
        navn: 'Barnevern',
        skjermingshjemmel: 'Offl §13 jf. bvl §13-1',
        aktiv: true,
        innebygd: false,
      });
      const edited = await sys().request('PUT', '/api/tilgangskoder/BV', {
        navn: 'Barnevernssaker',
        skjermingshjemmel: 'Offl §13 jf. bvl §6-7',
      });
      expect(edited.json()).toMatchObject({ navn: 'Barnevernssaker', skjermingshjemmel: 'Offl §13 jf. bvl §6-7', aktiv: true });
      expect((await sys().request('PUT', '/api/tilgangskoder/BV', { aktiv: false })).json()).toMatchObject({ aktiv: false });
      const list = (await c['valer.saksbehandler']!.request('GET', '/api/tilgangskoder')).json();
      expect(list.items.find((k: { kode: string }) => k.kode === 'BV')).toMatchObject({ aktiv: false, innebygd: false });
      expect(list.kanEndre).toBe(false);
      expect((await sys().request('GET', '/api/tilgangskoder')).json().kanEndre).toBe(true);
      await sys().request('PUT', '/api/tilgangskoder/BV', { aktiv: true });

      const entries = await log(await codeId('BV'));
      expect(entries.map((e) => [e.felt, e.tidligereVerdi, e.nyVerdi])).toEqual([
        ['kode', null, 'BV'],
        ['navn', null, 'Barnevern'],
        ['skjermingshjemmel', null, 'Offl §13 jf. bvl §13-1'],
        ['aktiv', null, 'true'],
        ['navn', 'Barnevern', 'Barnevernssaker'],
        ['skjermingshjemmel', 'Offl §13 jf. bvl §13-1', 'Offl §13 jf. bvl §6-7'],
        ['aktiv', 'true', 'false'],
        ['aktiv', 'false', 'true'],
      ]);
      expect(entries.every((e) => e.endretAv.id === ids['valer.systemansvarlig'])).toBe(true);
    });

    it('lets built-in codes be renamed and (except XX) deactivated, never renamed to other letters', async () => {
      const p = await sys().request('PUT', '/api/tilgangskoder/S', { aktiv: false });
      expect(p.json()).toMatchObject({ kode: 'S', aktiv: false, innebygd: true });
      await sys().request('PUT', '/api/tilgangskoder/S', { aktiv: true });
      const xx = await sys().request('PUT', '/api/tilgangskoder/XX', { aktiv: false });
      expect(xx.statusCode).toBe(400);
      expect(xx.json().errors[0].field).toBe('aktiv');
      expect((await sys().request('PUT', '/api/tilgangskoder/XX', { navn: 'Midlertidig sperret (venter på leder)' })).statusCode).toBe(200);
      expect((await sys().request('PUT', '/api/tilgangskoder/U', { kode: 'UO' })).statusCode).toBe(400);
      expect((await sys().request('DELETE', '/api/tilgangskoder/U')).statusCode).toBe(404);
    });

    it('answers bad input with a 400 naming the field, a taken code with 409', async () => {
      const cases: [unknown, string][] = [
        [{ kode: 'bv', navn: 'Små bokstaver' }, 'kode'],
        [{ kode: 'ALTFORLANGKODE', navn: 'For lang' }, 'kode'],
        [{ kode: 'Q', navn: '' }, 'navn'],
        [{ kode: 'Q' }, 'navn'],
        [{ kode: 'Q', navn: 'Q', skjermingshjemmel: 7 }, 'skjermingshjemmel'],
      ];
      for (const [body, field] of cases) {
        const res = await sys().request('POST', '/api/tilgangskoder', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      const taken = await sys().request('POST', '/api/tilgangskoder', { kode: 'P', navn: 'Personal igjen' });
      expect(taken.statusCode).toBe(409);
      expect((await sys().request('PUT', '/api/tilgangskoder/P', { navn: '  ' })).statusCode).toBe(400);
    });

    it('refuses every other role (403) and keeps organisations apart (404)', async () => {
      for (const u of ['valer.arkivar', 'valer.leder', 'valer.saksbehandler', 'valer.lesetilgang']) {
        expect((await c[u]!.request('POST', '/api/tilgangskoder', { kode: 'NY', navn: 'Ny' })).statusCode, u).toBe(403);
        expect((await c[u]!.request('PUT', '/api/tilgangskoder/U', { navn: 'Endret' })).statusCode, u).toBe(403);
      }
      await sys().request('POST', '/api/tilgangskoder', { kode: 'VK', navn: 'Bare i Våler' });
      const other = c['asnes.systemansvarlig']!;
      expect((await other.request('PUT', '/api/tilgangskoder/VK', { navn: 'Kapret' })).statusCode).toBe(404);
      expect((await other.request('GET', '/api/tilgangskoder')).json().items.map((k: { kode: string }) => k.kode)).not.toContain('VK');
      // The same letters in two organisations are two codes.
      expect((await other.request('POST', '/api/tilgangskoder', { kode: 'VK', navn: 'Åsnes sin' })).statusCode).toBe(201);
      expect((await sys().request('GET', '/api/tilgangskoder')).json().items.find((k: { kode: string }) => k.kode === 'VK').navn).toBe(
        'Bare i Våler',
      );
    });
  });

  describe('access groups', () => {
    it('lets the system owner create, edit, deactivate a group and add and remove members; logged on the group', async () => {
      const res = await sys().request('POST', '/api/tilgangsgrupper', { navn: 'Barnevern', beskrivelse: 'Barnevernstjenesten' });
      expect(res.statusCode, res.body).toBe(201);
      const gruppe = res.json();
      expect(gruppe).toMatchObject({ navn: 'Barnevern', beskrivelse: 'Barnevernstjenesten', aktiv: true });
      const leder = ids['valer.leder']!;
      const added = await sys().request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, { brukerId: leder });
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json()).toMatchObject({ id: leder, brukernavn: 'valer.leder', navn: 'Per Haugen' });
      expect((await sys().request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, { brukerId: leder })).statusCode).toBe(409);
      const members = await sys().request('GET', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`);
      expect(members.json()).toMatchObject({ gruppe: { id: gruppe.id }, items: [{ id: leder, navn: 'Per Haugen' }], kanEndre: true });
      expect(
        (await sys().request('PUT', `/api/tilgangsgrupper/${gruppe.id}`, { navn: 'Barnevern og familie', aktiv: false })).json(),
      ).toMatchObject({
        navn: 'Barnevern og familie',
        aktiv: false,
      });
      const removed = await sys().request('DELETE', `/api/tilgangsgrupper/${gruppe.id}/medlemmer/${leder}`);
      expect(removed.statusCode).toBe(204);
      expect((await sys().request('DELETE', `/api/tilgangsgrupper/${gruppe.id}/medlemmer/${leder}`)).statusCode).toBe(404);
      expect((await sys().request('GET', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`)).json().items).toEqual([]);

      expect((await log(gruppe.id)).map((e) => [e.felt, e.tidligereVerdi, e.nyVerdi])).toEqual([
        ['navn', null, 'Barnevern'],
        ['beskrivelse', null, 'Barnevernstjenesten'],
        ['aktiv', null, 'true'],
        ['medlem', null, 'Per Haugen (valer.leder)'],
        ['navn', 'Barnevern', 'Barnevern og familie'],
        ['aktiv', 'true', 'false'],
        ['medlem', 'Per Haugen (valer.leder)', null],
      ]);
    });

    it('takes members only among the active users of the organisation (400 naming brukerId)', async () => {
      const gruppe = (await sys().request('POST', '/api/tilgangsgrupper', { navn: 'Ad hoc' })).json();
      for (const brukerId of [ids['asnes.systemansvarlig'], '00000000-0000-4000-8000-000000000001']) {
        const res = await sys().request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, { brukerId });
        expect(res.statusCode).toBe(400);
        expect(res.json().errors[0].field).toBe('brukerId');
      }
      expect((await sys().request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, { brukerId: 'x' })).statusCode).toBe(400);
      expect((await sys().request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, {})).statusCode).toBe(400);
    });

    it('answers bad input with a 400 naming the field, a taken name (any case) with 409', async () => {
      expect((await sys().request('POST', '/api/tilgangsgrupper', { navn: '' })).json().errors[0].field).toBe('navn');
      expect((await sys().request('POST', '/api/tilgangsgrupper', { navn: 'X', aktiv: 'ja' })).statusCode).toBe(400);
      expect((await sys().request('POST', '/api/tilgangsgrupper', { navn: 'personal' })).statusCode).toBe(409);
      const elev = (await sys().request('GET', '/api/tilgangsgrupper')).json().items.find((g: { navn: string }) => g.navn === 'Elev');
      expect((await sys().request('PUT', `/api/tilgangsgrupper/${elev.id}`, { navn: 'Personal' })).statusCode).toBe(409);
      expect((await sys().request('PUT', `/api/tilgangsgrupper/${elev.id}`, { aktiv: 'nei' })).statusCode).toBe(400);
      expect((await sys().request('PUT', '/api/tilgangsgrupper/ikke-en-uuid', { navn: 'Y' })).statusCode).toBe(400);
    });

    it('refuses other roles (403; the archive reads members) and keeps organisations apart (404)', async () => {
      const gruppe = (await sys().request('POST', '/api/tilgangsgrupper', { navn: 'Rus og psykiatri' })).json();
      await sys().request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, { brukerId: ids['valer.saksbehandler'] });
      const member = ids['valer.saksbehandler'];
      for (const u of ['valer.arkivar', 'valer.leder', 'valer.saksbehandler', 'valer.lesetilgang']) {
        const who = c[u]!;
        expect((await who.request('POST', '/api/tilgangsgrupper', { navn: `Ny ${u}` })).statusCode, u).toBe(403);
        expect((await who.request('PUT', `/api/tilgangsgrupper/${gruppe.id}`, { navn: 'Endret' })).statusCode, u).toBe(403);
        expect((await who.request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, { brukerId: ids[u] })).statusCode, u).toBe(403);
        expect((await who.request('DELETE', `/api/tilgangsgrupper/${gruppe.id}/medlemmer/${member}`)).statusCode, u).toBe(403);
        const read = await who.request('GET', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`);
        expect(read.statusCode, u).toBe(u === 'valer.arkivar' ? 200 : 403);
      }
      expect((await c['valer.arkivar']!.request('GET', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`)).json().kanEndre).toBe(false);
      const other = c['asnes.systemansvarlig']!;
      expect((await other.request('PUT', `/api/tilgangsgrupper/${gruppe.id}`, { navn: 'Kapret' })).statusCode).toBe(404);
      expect((await other.request('GET', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`)).statusCode).toBe(404);
      expect(
        (await other.request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, { brukerId: ids['asnes.systemansvarlig'] })).statusCode,
      ).toBe(404);
      expect((await other.request('DELETE', `/api/tilgangsgrupper/${gruppe.id}/medlemmer/${member}`)).statusCode).toBe(404);
      expect((await sys().request('GET', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`)).json().items).toHaveLength(1);
    });
  });
});
