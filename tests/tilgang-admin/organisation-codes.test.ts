import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, createCase, seedRecordsWorld, unitId } from '../records/records-world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';

/*
 * Issue 10 item 1: the organisation's own codes are codes everywhere a code is
 * chosen — a case, a record, the leader's XX decision — with their own default
 * legal basis; a deactivated or unknown code is refused with a 400 naming the
 * field. And a deactivated access group gives its members nothing.
 */
describe(`the organisation's own access codes on every path that chooses one (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let ark: Ctx;
  let bygg: string;
  const c: Record<string, Client> = {};
  const BASIS = 'Offl §13 jf. bvl §6-7';

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    ark = await as(handle, 'valer', 'ARK');
    bygg = await unitId(ark, 'BYGG');
    for (const u of ['systemansvarlig', 'arkivar', 'leder', 'motesekretar']) c[u] = await loginAs(app, `valer.${u}`, PASSWORD);
    expect(
      (await c.systemansvarlig!.request('POST', '/api/tilgangskoder', { kode: 'BV', navn: 'Barnevern', skjermingshjemmel: BASIS }))
        .statusCode,
    ).toBe(201);
    expect((await c.systemansvarlig!.request('POST', '/api/tilgangskoder', { kode: 'GML', navn: 'Gammel kode' })).statusCode).toBe(201);
    expect((await c.systemansvarlig!.request('PUT', '/api/tilgangskoder/GML', { aktiv: false })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const newCase = (tilgangskode?: string) =>
    c.arkivar!.request('POST', '/api/saksmapper', {
      tittel: 'Bekymringsmelding',
      primaerKlasse: { verdi: 'L42' },
      administrativEnhetId: bygg,
      ...(tilgangskode === undefined ? {} : { tilgangskode }),
    });
  const refusedOn = (res: { statusCode: number; json(): { errors?: { field: string }[] } }) =>
    res.statusCode === 400 ? res.json().errors?.map((e) => e.field) : res.statusCode;

  it('creates and edits a case with an own code and its default basis; refuses a deactivated or unknown one', async () => {
    const created = await newCase('BV');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ tilgangskode: 'BV', skjermingshjemmel: BASIS });
    for (const kode of ['GML', 'ZZ', 'bv']) expect(refusedOn(await newCase(kode)), kode).toEqual(['tilgangskode']);

    const open = (await newCase()).json();
    const patch = (tilgangskode: string) => c.arkivar!.request('PATCH', `/api/saksmapper/${open.id}`, { tilgangskode });
    expect((await patch('BV')).json()).toMatchObject({ tilgangskode: 'BV', skjermingshjemmel: BASIS });
    expect(refusedOn(await patch('GML'))).toEqual(['tilgangskode']);
  });

  it('registers and edits a record with an own code; refuses a deactivated one; the inherited code is kept', async () => {
    const sak = await createCase(ark, { administrativEnhetId: bygg });
    const register = (tilgangskode?: string) =>
      c.arkivar!.request('POST', `/api/saksmapper/${sak.id}/journalposter`, {
        journalposttype: 'I',
        tittel: 'Melding',
        ...(tilgangskode === undefined ? {} : { tilgangskode }),
      });
    const jp = await register('BV');
    expect(jp.statusCode, jp.body).toBe(201);
    expect(jp.json()).toMatchObject({ tilgangskode: 'BV', skjermingshjemmel: BASIS });
    expect(refusedOn(await register('GML'))).toEqual(['tilgangskode']);
    const plain = (await register()).json();
    expect((await c.arkivar!.request('PATCH', `/api/journalposter/${plain.id}`, { tilgangskode: 'BV' })).json()).toMatchObject({
      tilgangskode: 'BV',
    });
    expect(refusedOn(await c.arkivar!.request('PATCH', `/api/journalposter/${plain.id}`, { tilgangskode: 'GML' }))).toEqual([
      'tilgangskode',
    ]);

    // A case screened with a code later deactivated still hands it on to its new records.
    await c.systemansvarlig!.request('PUT', '/api/tilgangskoder/BV', { aktiv: false });
    try {
      const screenedCase = await createCase(ark, { administrativEnhetId: bygg });
      await handle.db.updateTable('saksmappe').set({ tilgangskode: 'BV' }).where('id', '=', screenedCase.id).execute();
      expect((await registerJournalpost(ark, screenedCase.id, { journalposttype: 'I', tittel: 'Arver' })).tilgangskode).toBe('BV');
    } finally {
      await c.systemansvarlig!.request('PUT', '/api/tilgangskoder/BV', { aktiv: true });
    }
  });

  it("takes an own active code as an archive part's default for new cases, and refuses a deactivated one", async () => {
    const arkivId = (await c.systemansvarlig!.request('GET', '/api/arkiver')).json().items[0].id;
    const del = (kortnavn: string, standardTilgangskode: string) =>
      c.systemansvarlig!.request('POST', '/api/arkivdeler', { arkivId, kortnavn, tittel: `Arkivdel ${kortnavn}`, standardTilgangskode });
    const bv = await del('BARNEV', 'BV');
    expect(bv.statusCode, bv.body).toBe(201);
    expect(bv.json()).toMatchObject({ standardTilgangskode: 'BV' });
    expect(refusedOn(await del('GAMMEL', 'GML'))).toEqual(['standardTilgangskode']);
  });

  it("accepts an own code in the leader's XX decision, refuses a deactivated one", async () => {
    const sak = await createCase(ark, { administrativEnhetId: bygg });
    const jp = await registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: 'Sperret brev', tilgangskode: 'XX' });
    const decide = (tilgangskode: string) =>
      c.leder!.request('POST', `/api/journalposter/${jp.id}/skjermingsvedtak`, {
        vedtak: 'skjerm',
        tilgangskode,
        skjermingshjemmel: BASIS,
      });
    expect(refusedOn(await decide('GML'))).toEqual(['tilgangskode']);
    expect(refusedOn(await decide('ZZ'))).toEqual(['tilgangskode']);
    const ok = await decide('BV');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ tilgangskode: 'BV', skjermingshjemmel: BASIS });
  });

  it('gives the members of a deactivated group nothing, and gives it back on reactivation', async () => {
    const sak = await createCase(ark, { tittel: 'Personalmappe – Nils Nilsen', administrativEnhetId: bygg });
    const gruppe = (await c.systemansvarlig!.request('GET', '/api/tilgangsgrupper'))
      .json()
      .items.find((g: { navn: string }) => g.navn === 'Personal');
    await c.arkivar!.request('PUT', `/api/saksmapper/${sak.id}/skjerming`, { tilgangskode: 'P', tilgangsgruppeId: gruppe.id });
    const ms = c.motesekretar!;
    const full = async () => (await ms.request('GET', `/api/saksmapper/${sak.id}`)).json().fullTilgang;
    expect(await full()).toBe(false);
    await c.systemansvarlig!.request('POST', `/api/tilgangsgrupper/${gruppe.id}/medlemmer`, { brukerId: ms.session.bruker.id });
    expect(await full()).toBe(true);
    await c.systemansvarlig!.request('PUT', `/api/tilgangsgrupper/${gruppe.id}`, { aktiv: false });
    expect(await full()).toBe(false);
    await c.systemansvarlig!.request('PUT', `/api/tilgangsgrupper/${gruppe.id}`, { aktiv: true });
    expect(await full()).toBe(true);
    await c.systemansvarlig!.request('DELETE', `/api/tilgangsgrupper/${gruppe.id}/medlemmer/${ms.session.bruker.id}`);
    expect(await full()).toBe(false);
  });
});
