import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, createCase, seedRecordsWorld, unitId } from '../records/records-world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';

/*
 * Internal contacts on a case (seed 001, «Interne kontakter på saken (må
 * legges til manuelt)»): who may add and remove them (the change rule), and
 * that a contact reads a screened case in full exactly while they are one.
 */
describe(`internal contacts on a case (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let ark: Ctx;
  const c: Record<string, Client> = {};
  const ids: Record<string, string> = {};
  const USERS = [
    'valer.arkivar',
    'valer.leder',
    'valer.stedfortreder',
    'valer.saksbehandler',
    'valer.motesekretar',
    'valer.lesetilgang',
    'valer.systemansvarlig',
    'asnes.arkivar',
  ];

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    ark = await as(handle, 'valer', 'ARK');
    for (const u of USERS) {
      c[u] = await loginAs(app, u, PASSWORD);
      ids[u] = c[u].session.bruker.id;
    }
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  /** A personnel case in BYGG owned by the case worker, screened P with the name marked. */
  async function personnelCase(): Promise<string> {
    const sak = await createCase(ark, {
      tittel: 'Personalmappe – Kari Knutsen',
      administrativEnhetId: await unitId(ark, 'BYGG'),
      saksansvarligId: ids['valer.saksbehandler'],
    });
    const put = await c['valer.arkivar']!.request('PUT', `/api/saksmapper/${sak.id}/skjerming`, {
      tilgangskode: 'P',
      skjermedeTittelord: [2, 3],
    });
    expect(put.statusCode, put.body).toBe(200);
    return sak.id;
  }
  const kontakter = (who: string, id: string) => c[who]!.request('GET', `/api/saksmapper/${id}/interne-kontakter`);
  const add = (who: string, id: string, brukerId: string) =>
    c[who]!.request('POST', `/api/saksmapper/${id}/interne-kontakter`, { brukerId });
  const remove = (who: string, id: string, brukerId: string) =>
    c[who]!.request('DELETE', `/api/saksmapper/${id}/interne-kontakter/${brukerId}`);

  it('gives a contact full read access to a screened case while they are one, and takes it away when removed', async () => {
    const id = await personnelCase();
    const ms = 'valer.motesekretar';
    const page = async () => (await c[ms]!.request('GET', `/api/saksmapper/${id}`)).json();
    const listed = async () =>
      (await c[ms]!.request('GET', '/api/saksmapper?limit=200')).json().items.find((i: { id: string }) => i.id === id);
    expect(await page()).toMatchObject({ tittel: 'Personalmappe – *****', fullTilgang: false });
    expect(await listed()).toMatchObject({ fullTilgang: false });

    expect((await add('valer.saksbehandler', id, ids[ms]!)).statusCode).toBe(201);
    expect(await page()).toMatchObject({ tittel: 'Personalmappe – Kari Knutsen', fullTilgang: true });
    expect(await listed()).toMatchObject({ tittel: 'Personalmappe – Kari Knutsen', fullTilgang: true });
    expect((await kontakter(ms, id)).json()).toMatchObject({
      items: [{ id: ids[ms], navn: 'Anne Dahl' }],
      skjermet: false,
      kanEndre: false,
    });

    expect((await remove('valer.saksbehandler', id, ids[ms]!)).statusCode).toBe(204);
    expect(await page()).toMatchObject({ tittel: 'Personalmappe – *****', fullTilgang: false });
    expect(await listed()).toMatchObject({ fullTilgang: false });
  });

  it('lets the case owner, leaders of the unit and the archive add and remove contacts; logged on the case', async () => {
    const id = await personnelCase();
    for (const who of ['valer.saksbehandler', 'valer.leder', 'valer.stedfortreder', 'valer.arkivar']) {
      const res = await add(who, id, ids['valer.lesetilgang']!);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(201);
      expect(res.json()).toMatchObject({ id: ids['valer.lesetilgang'], brukernavn: 'valer.lesetilgang' });
      expect((await kontakter(who, id)).json().kanEndre, who).toBe(true);
      expect((await remove(who, id, ids['valer.lesetilgang']!)).statusCode, who).toBe(204);
    }
    const entries = (await c['valer.arkivar']!.request('GET', `/api/saksmapper/${id}/endringslogg`))
      .json()
      .items.filter((e: { felt: string }) => e.felt === 'internKontakt');
    expect(
      entries.map((e: { tidligereVerdi: string | null; nyVerdi: string | null; endretAv: { id: string } }) => [
        e.tidligereVerdi,
        e.nyVerdi,
        e.endretAv.id,
      ]),
    ).toEqual(
      ['valer.saksbehandler', 'valer.leder', 'valer.stedfortreder', 'valer.arkivar'].flatMap((who) => [
        [null, 'Eva Lund (valer.lesetilgang)', ids[who]],
        ['Eva Lund (valer.lesetilgang)', null, ids[who]],
      ]),
    );
    // A reader without access to the case sees neither who the contacts are nor their names in the log.
    await add('valer.arkivar', id, ids['valer.leder']!);
    expect((await kontakter('valer.lesetilgang', id)).json()).toEqual({ items: [], skjermet: true, kanEndre: false });
    const screenedLog = (await c['valer.lesetilgang']!.request('GET', `/api/saksmapper/${id}/endringslogg`)).json().items;
    const screenedEntries = screenedLog.filter((e: { felt: string }) => e.felt === 'internKontakt');
    expect(screenedEntries).toHaveLength(9);
    expect(JSON.stringify(screenedEntries)).not.toMatch(/valer\.(leder|lesetilgang)/);
  });

  it('refuses those the change rule refuses (403), and a closed case (409)', async () => {
    const id = await personnelCase();
    await add('valer.arkivar', id, ids['valer.leder']!);
    for (const who of ['valer.motesekretar', 'valer.lesetilgang', 'valer.systemansvarlig']) {
      expect((await add(who, id, ids['valer.lesetilgang']!)).statusCode, who).toBe(403);
      expect((await remove(who, id, ids['valer.leder']!)).statusCode, who).toBe(403);
    }
    // Being a contact lets one read the case, not change who else reads it.
    await add('valer.arkivar', id, ids['valer.motesekretar']!);
    expect((await add('valer.motesekretar', id, ids['valer.lesetilgang']!)).statusCode).toBe(403);
    await changeSaksstatus(ark, id, { saksstatus: 'A' });
    const closed = await add('valer.arkivar', id, ids['valer.lesetilgang']!);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('CASE_CLOSED');
  });

  it('keeps organisations apart (404) and answers bad input with a 400 naming the field', async () => {
    const id = await personnelCase();
    const other = c['asnes.arkivar']!;
    expect((await other.request('GET', `/api/saksmapper/${id}/interne-kontakter`)).statusCode).toBe(404);
    expect((await other.request('POST', `/api/saksmapper/${id}/interne-kontakter`, { brukerId: ids['asnes.arkivar'] })).statusCode).toBe(
      404,
    );
    expect((await other.request('DELETE', `/api/saksmapper/${id}/interne-kontakter/${ids['valer.leder']}`)).statusCode).toBe(404);
    // A user of another organisation cannot be made a contact.
    const stranger = await add('valer.arkivar', id, ids['asnes.arkivar']!);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].field).toBe('brukerId');
    expect((await add('valer.arkivar', id, 'ikke-en-uuid')).json().errors[0].field).toBe('brukerId');
    expect((await c['valer.arkivar']!.request('POST', `/api/saksmapper/${id}/interne-kontakter`, {})).statusCode).toBe(400);
    expect((await add('valer.arkivar', '00000000-0000-4000-8000-000000000001', ids['valer.leder']!)).statusCode).toBe(404);
    await add('valer.arkivar', id, ids['valer.leder']!);
    expect((await add('valer.arkivar', id, ids['valer.leder']!)).statusCode).toBe(409);
    expect((await remove('valer.arkivar', id, ids['valer.lesetilgang']!)).statusCode).toBe(404);
  });
});
