import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, createCase, seedRecordsWorld } from '../records/records-world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';

/*
 * PUT …/skjerming takes the access group, the screening's duration in years
 * (Noark 5 skjermingsvarighet) and the day it ends (skjermingOpphoererDato);
 * records that inherit follow their case, and bad values are a 400 naming
 * the field.
 */
describe(`screening: access group, duration and end date through the API (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let ark: Ctx;
  let arkivar: Client;
  let caseId: string;
  let recordId: string;
  let personal: string;

  const put = (body: Record<string, unknown>) => arkivar.request('PUT', `/api/saksmapper/${caseId}/skjerming`, body);
  const screeningOf = async (url: string) => {
    const b = (await arkivar.request('GET', url)).json();
    return { tilgangsgruppeId: b.tilgangsgruppeId, skjermingVarighet: b.skjermingVarighet, skjermingOpphoerer: b.skjermingOpphoerer };
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    ark = await as(handle, 'valer', 'ARK');
    arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    caseId = (await createCase(ark, { tittel: 'Personalmappe – Kari Nilsen' })).id;
    recordId = (await registerJournalpost(ark, caseId, { journalposttype: 'I', tittel: 'Arbeidsavtale' })).id;
    const groups = (await arkivar.request('GET', '/api/tilgangsgrupper')).json().items as { id: string; navn: string }[];
    personal = groups.find((g) => g.navn === 'Personal')!.id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('stores group, duration and end date, passes them to inheriting records, and logs them', async () => {
    const res = await put({ tilgangskode: 'P', tilgangsgruppeId: personal, skjermingVarighet: 60, skjermingOpphoerer: '2086-01-01' });
    expect(res.statusCode, res.body).toBe(200);
    const want = { tilgangsgruppeId: personal, skjermingVarighet: 60, skjermingOpphoerer: '2086-01-01' };
    expect(await screeningOf(`/api/saksmapper/${caseId}`)).toEqual(want);
    expect(await screeningOf(`/api/journalposter/${recordId}`)).toEqual(want);
    const later = await registerJournalpost(ark, caseId, { journalposttype: 'I', tittel: 'Attest' });
    expect(await screeningOf(`/api/journalposter/${later.id}`)).toEqual(want);
    const log = (await arkivar.request('GET', `/api/saksmapper/${caseId}/endringslogg`)).json().items as {
      felt: string;
      nyVerdi: string;
    }[];
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ felt: 'skjermingsvarighet', nyVerdi: '60' }),
        expect.objectContaining({ felt: 'skjermingOpphoererDato', nyVerdi: '2086-01-01' }),
      ]),
    );
  });

  it('clears them when the object is opened (no code)', async () => {
    expect((await put({ tilgangskode: null, skjermingVarighet: 60, skjermingOpphoerer: '2086-01-01' })).statusCode).toBe(200);
    const none = { tilgangsgruppeId: null, skjermingVarighet: null, skjermingOpphoerer: null };
    expect(await screeningOf(`/api/saksmapper/${caseId}`)).toEqual(none);
    expect(await screeningOf(`/api/journalposter/${recordId}`)).toEqual(none);
  });

  it.each([
    ['skjermingVarighet', 0],
    ['skjermingVarighet', -5],
    ['skjermingVarighet', 2.5],
    ['skjermingVarighet', 'ti'],
    ['skjermingVarighet', 100_000],
    ['skjermingOpphoerer', '2026-02-30'],
    ['skjermingOpphoerer', '31.12.2030'],
    ['skjermingOpphoerer', 20301231],
    ['tilgangsgruppeId', 'personal'],
    ['tilgangsgruppeId', '00000000-0000-4000-8000-000000000000'],
  ])('refuses %s = %j with a 400 naming the field', async (field, value) => {
    const res = await put({ tilgangskode: 'P', [field]: value });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });
});
