import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { setupStandardArkiv } from '../../src/features/arkivstruktur/setup-standard-arkiv.js';
import { STANDARD_ARKIVNOEKKEL } from '../../src/features/arkivstruktur/standard-arkivnoekkel.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD, systemCtxFor } from '../support/world.js';
import { as, FNR, seedRecordsWorld } from './records-world.js';

interface System {
  id: string;
  kortnavn: string;
  tittel: string;
  verdiformat: string | null;
}

describe(`archive structure (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let sys: Client;
  let reader: Client;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    sys = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
    reader = await loginAs(app, 'valer.lesetilgang', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const items = async (c: Client, url: string) => {
    const res = await c.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };

  it('sets up the standard archive of a municipality, and a second run changes nothing', async () => {
    await setupStandardArkiv(await systemCtxFor(handle, 'valer'));
    expect((await items(reader, '/api/arkiver')).map((a: { tittel: string }) => a.tittel)).toEqual(['Våler kommune arkiv']);
    const systems: System[] = await items(reader, '/api/klassifikasjonssystemer');
    expect(systems.map((s) => [s.kortnavn, s.tittel, s.verdiformat]).sort()).toEqual([
      ['ARKIVNOKKEL', 'Arkivnøkkel', null],
      ['FNR', 'Fødselsnummer', 'fnr'],
      ['GBNR', 'Gårds- og bruksnummer', 'gnrbnr'],
    ]);
    const byKortnavn = Object.fromEntries(systems.map((s) => [s.kortnavn, s.id]));
    const deler = await items(reader, '/api/arkivdeler');
    expect(
      deler.map((d: Record<string, unknown>) => [d.kortnavn, d.tittel, d.standardTilgangskode, d.primaerKlassifikasjonssystemId]),
    ).toEqual([
      ['ELEV', 'Elevmapper', 'E', byKortnavn.FNR],
      ['PERS', 'Personalmapper', 'P', byKortnavn.FNR],
      ['SAK', 'Sakarkiv 2020–', null, byKortnavn.ARKIVNOKKEL],
    ]);
    expect(deler[2]).toMatchObject({ arkivdelstatus: { code: 'A', nb: 'Aktiv periode' }, arkivperiodeStartDato: '2020-01-01' });
    expect(deler[2].sekundaereKlassifikasjonssystemIder.sort()).toEqual([byKortnavn.FNR, byKortnavn.GBNR].sort());
    const klasser = await items(reader, `/api/klassifikasjonssystemer/${byKortnavn.ARKIVNOKKEL}/klasser`);
    expect(klasser).toHaveLength(STANDARD_ARKIVNOEKKEL.length);
    expect(klasser.length).toBeGreaterThanOrEqual(30);
    const byId = new Map(klasser.map((k: { id: string; klasseId: string }) => [k.id, k]));
    const l42 = klasser.find((k: { klasseId: string }) => k.klasseId === 'L42');
    const parent = byId.get(l42.overordnetKlasseId) as { klasseId: string; overordnetKlasseId: string };
    expect([l42.tittel, parent.klasseId, (byId.get(parent.overordnetKlasseId) as { klasseId: string }).klasseId]).toEqual([
      'Byggesaker',
      '610',
      '600',
    ]);
  });

  it('lets the system owner build a structure and checks object-class values', async () => {
    const arkiv = await sys.request('POST', '/api/arkiver', { tittel: 'Våler kommune historisk arkiv' });
    expect(arkiv.statusCode).toBe(201);
    const system = await sys.request('POST', '/api/klassifikasjonssystemer', {
      kortnavn: 'FNR2',
      tittel: 'Elevnummer',
      verdiformat: 'fnr',
    });
    expect(system.statusCode).toBe(201);
    expect(system.json()).toMatchObject({ klassifikasjonstype: 'Objektbasert', verdiformat: 'fnr' });
    const del = await sys.request('POST', '/api/arkivdeler', {
      arkivId: arkiv.json().id,
      kortnavn: 'HIST',
      tittel: 'Historisk sakarkiv 1990–2019',
      arkivdelstatus: 'P',
      arkivperiodeStartDato: '1990-01-01',
      arkivperiodeSluttDato: '2019-12-31',
      primaerKlassifikasjonssystemId: system.json().id,
    });
    expect(del.statusCode, del.body).toBe(201);
    expect(del.json()).toMatchObject({ arkivdelstatus: { code: 'P' }, primaerKlassifikasjonssystemId: system.json().id });
    const good = await sys.request('POST', `/api/klassifikasjonssystemer/${system.json().id}/klasser`, {
      klasseId: FNR[3],
      tittel: 'Elev',
    });
    expect(good.statusCode).toBe(201);
    const bad = await sys.request('POST', `/api/klassifikasjonssystemer/${system.json().id}/klasser`, {
      klasseId: '24031511191',
      tittel: 'Elev',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('klasseId');
    const twice = await sys.request('POST', '/api/klassifikasjonssystemer', { kortnavn: 'fnr2', tittel: 'Igjen' });
    expect(twice.statusCode).toBe(409);
    const backwards = await sys.request('POST', '/api/arkivdeler', {
      arkivId: arkiv.json().id,
      kortnavn: 'BAK',
      tittel: 'Baklengs',
      arkivperiodeStartDato: '2020-01-01',
      arkivperiodeSluttDato: '2019-01-01',
    });
    expect(backwards.json().errors[0].field).toBe('arkivperiodeSluttDato');
  });

  it('refuses a new case in a closed archive period', async () => {
    const deler = await items(reader, '/api/arkivdeler');
    const hist = deler.find((d: { kortnavn: string }) => d.kortnavn === 'HIST');
    const sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    const res = await sb.request('POST', '/api/saksmapper', { arkivdelId: hist.id, tittel: 'Sak', primaerKlasse: { verdi: FNR[0] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('arkivdelId');
  });

  it('lets only the system owner change the structure; every role reads it', async () => {
    const sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    const arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    for (const c of [sb, arkivar, reader]) {
      expect((await c.request('POST', '/api/arkiver', { tittel: 'Mitt arkiv' })).statusCode).toBe(403);
      expect((await c.request('POST', '/api/klassifikasjonssystemer', { kortnavn: 'X', tittel: 'X' })).statusCode).toBe(403);
    }
    const systems: System[] = await items(sb, '/api/klassifikasjonssystemer');
    const noekkel = systems.find((s) => s.kortnavn === 'ARKIVNOKKEL')!;
    expect(
      (await sb.request('POST', `/api/klassifikasjonssystemer/${noekkel.id}/klasser`, { klasseId: '999', tittel: 'X' })).statusCode,
    ).toBe(403);
    await expect(setupStandardArkiv(await as(handle, 'valer', 'ARK'))).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
  });

  it('serves the code lists with Norwegian and English names', async () => {
    const res = await reader.request('GET', '/api/kodelister');
    expect(res.statusCode).toBe(200);
    const lists = res.json();
    expect(lists.journalposttype.map((e: { code: string }) => e.code)).toEqual(['I', 'U', 'N', 'X', 'S']);
    expect(lists.korrespondanseparttype.find((e: { code: string }) => e.code === 'EA')).toEqual({
      code: 'EA',
      nb: 'Avsender',
      en: 'Sender',
    });
    expect(lists.tilgangskode.find((e: { code: string }) => e.code === 'P').skjermingshjemmel).toMatch(/Offl §13/);
    expect(Object.keys(lists)).toEqual(expect.arrayContaining(['saksstatus', 'journalstatus', 'arkivdelstatus', 'dokumenttype']));
  });
});
