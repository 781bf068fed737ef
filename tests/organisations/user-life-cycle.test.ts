import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { addDays, osloDate } from '../../src/features/saksmappe/oslo-calendar.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { PASSWORD, seedWorld } from '../support/world.js';

const today = osloDate(new Date());

/** Noark 5 krav 4.5.29 (passive users), 4.5.30 (role periods), 4.1.5 and 4.3.3 (history kept). */
describe(`user life cycle (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let owner: Client;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    app = await createTestApp(handle);
    owner = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const userId = async (brukernavn: string) =>
    (await handle.db.selectFrom('bruker').select('id').where('brukernavn', '=', brukernavn).executeTakeFirstOrThrow()).id;
  const newUser = async (brukernavn: string, rolle = 'SB') => {
    const res = await owner.request('POST', '/api/brukere', { brukernavn, navn: brukernavn, passord: 'passord-123', rolle });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; rolletildelingId: string };
  };
  const tokenFor = async (rolletildelingId: string) => {
    const res = await owner.request('POST', '/api/api-tokens', { navn: 't', rolletildelingId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().token as string;
  };
  const asToken = (token: string) => app.inject({ method: 'GET', url: '/api/session', headers: { authorization: `Bearer ${token}` } });
  const userRow = async (id: string) => {
    const res = await owner.request('GET', '/api/brukere');
    return (
      res.json().items as { id: string; aktiv: boolean; roller: { id: string; tilDato: string | null; gjeldende: boolean }[] }[]
    ).find((u) => u.id === id)!;
  };

  it('a passive user loses sessions at once and cannot log in; active again, they can', async () => {
    const user = await newUser('valer.slutter');
    const session = await loginAs(app, 'valer.slutter', 'passord-123');
    expect((await session.request('GET', '/api/session')).statusCode).toBe(200);

    const res = await owner.request('PUT', `/api/brukere/${user.id}/status`, { aktiv: false });
    expect(res.statusCode, res.body).toBe(200);
    expect((await session.request('GET', '/api/session')).statusCode).toBe(401);
    await expect(loginAs(app, 'valer.slutter', 'passord-123')).rejects.toThrow();
    expect((await userRow(user.id)).aktiv).toBe(false);

    expect((await owner.request('PUT', `/api/brukere/${user.id}/status`, { aktiv: true })).statusCode).toBe(200);
    const again = await loginAs(app, 'valer.slutter', 'passord-123');
    expect((await again.request('GET', '/api/session')).statusCode).toBe(200);
  });

  it('a passive integration user’s API token stops at once', async () => {
    const created = await owner.request('POST', '/api/brukere', {
      brukernavn: 'valer.fagsystem2',
      navn: 'F',
      rolle: 'SB',
      integrasjon: true,
    });
    const token = await tokenFor(created.json().rolletildelingId);
    expect((await asToken(token)).statusCode).toBe(200);
    await owner.request('PUT', `/api/brukere/${created.json().id}/status`, { aktiv: false });
    expect((await asToken(token)).statusCode).toBe(401);
  });

  it('ending a role assignment stops it at once for tokens and keeps it as history', async () => {
    const created = await owner.request('POST', '/api/brukere', {
      brukernavn: 'valer.fagsystem3',
      navn: 'F',
      rolle: 'SB',
      integrasjon: true,
    });
    const { id, rolletildelingId } = created.json();
    const token = await tokenFor(rolletildelingId);
    const res = await owner.request('POST', `/api/rolletildelinger/${rolletildelingId}/avslutt`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tilDato).toBe(addDays(today, -1));
    expect((await asToken(token)).statusCode).toBe(401);
    const role = (await userRow(id)).roller.find((r) => r.id === rolletildelingId)!;
    expect(role.gjeldende).toBe(false);
    expect((await owner.request('POST', `/api/rolletildelinger/${rolletildelingId}/avslutt`, {})).statusCode).toBe(409);
  });

  it('a role given from a later date is not in force before it, and periods of one role may not overlap', async () => {
    const user = await newUser('valer.vikar');
    const later = addDays(today, 10);
    const res = await owner.request('POST', '/api/rolletildelinger', { brukernavn: 'valer.vikar', rolle: 'LED', fraDato: later });
    expect(res.statusCode, res.body).toBe(201);
    const session = await loginAs(app, 'valer.vikar', 'passord-123');
    const roles = (await session.request('GET', '/api/session')).json().roller as { rolle: string }[];
    expect(roles.map((r) => r.rolle)).toEqual(['SB']);
    const overlap = await owner.request('POST', '/api/rolletildelinger', {
      brukernavn: 'valer.vikar',
      rolle: 'LED',
      fraDato: addDays(today, 20),
    });
    expect(overlap.statusCode).toBe(409);
    const backwards = await owner.request('POST', '/api/rolletildelinger', {
      brukernavn: 'valer.vikar',
      rolle: 'MS',
      fraDato: today,
      tilDato: addDays(today, -3),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('tilDato');
    expect((await userRow(user.id)).roller).toHaveLength(2);
  });

  it('the same role may be given again after it ended', async () => {
    const user = await newUser('valer.tilbake');
    const first = (await userRow(user.id)).roller[0]!;
    await owner.request('POST', `/api/rolletildelinger/${first.id}/avslutt`, {});
    const again = await owner.request('POST', '/api/rolletildelinger', { brukernavn: 'valer.tilbake', rolle: 'SB' });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('shows the history of status and roles with who and when', async () => {
    const user = await newUser('valer.historikk');
    const role = (await userRow(user.id)).roller[0]!;
    await owner.request('PUT', `/api/brukere/${user.id}/status`, { aktiv: false });
    await owner.request('POST', `/api/rolletildelinger/${role.id}/avslutt`, {});
    const res = await owner.request('GET', `/api/brukere/${user.id}/historikk`);
    expect(res.statusCode, res.body).toBe(200);
    const entries = res.json().items as { felt: string; tidligereVerdi: string | null; nyVerdi: string | null; endretAv: { id: string } }[];
    expect(entries.find((e) => e.felt === 'brukerstatus')).toMatchObject({ tidligereVerdi: 'aktiv', nyVerdi: 'passiv' });
    expect(entries.filter((e) => e.felt === 'tilDato').map((e) => e.nyVerdi)).toContain(addDays(today, -1));
    expect(entries.every((e) => e.endretAv.id === owner.session.bruker.id)).toBe(true);
    // Nothing is deleted: the ended assignment is still there.
    expect(await handle.db.selectFrom('rolletildeling').select('id').where('id', '=', role.id).execute()).toHaveLength(1);
  });

  it('pages the history, oldest first, with its total: the user’s entries and their assignments’', async () => {
    const user = await newUser('valer.mangeskifter');
    for (let i = 0; i < 6; i++) await owner.request('PUT', `/api/brukere/${user.id}/status`, { aktiv: i % 2 === 1 });
    await owner.request('POST', `/api/rolletildelinger/${user.rolletildelingId}/avslutt`, {});
    type Page = { items: { id: number; objektId: string; felt: string }[]; side: number; perSide: number; total: number };
    const page = async (side: number) => {
      const res = await owner.request('GET', `/api/brukere/${user.id}/historikk?perSide=4&side=${side}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Page;
    };
    const first = await page(1);
    expect(first.items).toHaveLength(4);
    expect(first).toMatchObject({ side: 1, perSide: 4 });
    const all = [...first.items];
    for (let side = 2; side <= Math.ceil(first.total / 4); side++) all.push(...(await page(side)).items);
    expect(all).toHaveLength(first.total);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => a - b));
    expect(all.filter((e) => e.felt === 'brukerstatus')).toHaveLength(6);
    expect(all.some((e) => e.objektId === user.rolletildelingId && e.felt === 'tilDato')).toBe(true);
    const refused = await owner.request('GET', `/api/brukere/${user.id}/historikk?perSide=501`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('perSide');
  });

  it('refuses other roles, other organisations’ users, oneself, and a centre user with roles elsewhere', async () => {
    const sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    const target = await userId('valer.leder');
    expect((await sb.request('PUT', `/api/brukere/${target}/status`, { aktiv: false })).statusCode).toBe(403);
    expect((await owner.request('PUT', `/api/brukere/${await userId('asnes.leder')}/status`, { aktiv: false })).statusCode).toBe(404);
    expect((await owner.request('PUT', `/api/brukere/${owner.session.bruker.id}/status`, { aktiv: false })).statusCode).toBe(409);
    const centre = await owner.request('PUT', `/api/brukere/${await userId('dokumentsenter')}/status`, { aktiv: false });
    expect(centre.statusCode).toBe(409);
    expect((await owner.request('GET', `/api/brukere/${await userId('asnes.leder')}/historikk`)).statusCode).toBe(404);
    const asnesRole = await handle.db
      .selectFrom('rolletildeling')
      .select('id')
      .where('bruker_id', '=', await userId('asnes.leder'))
      .executeTakeFirstOrThrow();
    expect((await owner.request('POST', `/api/rolletildelinger/${asnesRole.id}/avslutt`, {})).statusCode).toBe(404);
  });
});
