import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { listKlassifikasjonssystemer } from '../../src/features/arkivstruktur/list-klassifikasjonssystemer.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { as, createCase, seedRecordsWorld } from './records-world.js';

describe(`records are invisible across organisations (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let asnes: { caseId: string; recordId: string; systemId: string };
  let valer: { caseId: string; recordId: string };
  const clients: Record<string, Client> = {};

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    const asnesArk = await as(handle, 'asnes', 'ARK');
    const a = await createCase(asnesArk, { tittel: 'Åsnes: Barnevernssak' });
    const ar = await registerJournalpost(asnesArk, a.id, { journalposttype: 'I', tittel: 'Bekymringsmelding' });
    asnes = { caseId: a.id, recordId: ar.id, systemId: (await listKlassifikasjonssystemer(asnesArk))[0]!.id };
    const valerArk = await as(handle, 'valer', 'ARK');
    const v = await createCase(valerArk);
    valer = { caseId: v.id, recordId: (await registerJournalpost(valerArk, v.id, { journalposttype: 'I', tittel: 'Brev' })).id };
    for (const user of ['arkivar', 'saksbehandler', 'systemansvarlig']) clients[user] = await loginAs(app, `valer.${user}`, PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const routes = (): [string, string, unknown?][] => [
    ['GET', `/api/saksmapper/${asnes.caseId}`],
    ['PATCH', `/api/saksmapper/${asnes.caseId}`, { tittel: 'Kapret' }],
    ['POST', `/api/saksmapper/${asnes.caseId}/status`, { saksstatus: 'A' }],
    ['GET', `/api/saksmapper/${asnes.caseId}/neste-statuser`],
    ['GET', `/api/saksmapper/${asnes.caseId}/endringslogg`],
    ['POST', `/api/saksmapper/${asnes.caseId}/journalposter`, { journalposttype: 'I', tittel: 'Snik' }],
    ['POST', `/api/saksmapper/${asnes.caseId}/parter`, { partNavn: 'X', partRolle: 'Søker' }],
    ['POST', `/api/saksmapper/${asnes.caseId}/merknader`, { merknadstekst: 'X' }],
    ['POST', `/api/saksmapper/${asnes.caseId}/kryssreferanser`, { tilType: 'saksmappe', tilId: valer.caseId }],
    ['POST', `/api/saksmapper/${asnes.caseId}/presedenser`, { presedensDato: '2026-01-01', tittel: 'X', rettskildefaktor: 'Vedtak' }],
    ['GET', `/api/journalposter/${asnes.recordId}`],
    ['PATCH', `/api/journalposter/${asnes.recordId}`, { tittel: 'Kapret' }],
    ['POST', `/api/journalposter/${asnes.recordId}/status`, { journalstatus: 'A' }],
    ['POST', `/api/journalposter/${asnes.recordId}/utgaar`, {}],
    ['POST', `/api/journalposter/${asnes.recordId}/flytt`, { saksmappeId: valer.caseId }],
    ['POST', `/api/journalposter/${valer.recordId}/flytt`, { saksmappeId: asnes.caseId }],
    ['GET', `/api/journalposter/${asnes.recordId}/neste-statuser`],
    ['GET', `/api/journalposter/${asnes.recordId}/endringslogg`],
    ['POST', `/api/journalposter/${asnes.recordId}/korrespondanseparter`, { korrespondanseparttype: 'EA', navn: 'X' }],
    ['POST', `/api/journalposter/${asnes.recordId}/merknader`, { merknadstekst: 'X' }],
    ['GET', `/api/klassifikasjonssystemer/${asnes.systemId}/klasser`],
    ['POST', `/api/klassifikasjonssystemer/${asnes.systemId}/klasser`, { klasseId: '999', tittel: 'X' }],
  ];

  it.each(['arkivar', 'saksbehandler', 'systemansvarlig'])('answers 404 to valer.%s on every route with an Åsnes id', async (user) => {
    for (const [method, url, body] of routes()) {
      const res = await clients[user]!.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body, `${method} ${url}`).not.toMatch(/Barnevern|Bekymring/);
    }
  });

  it('shows nothing of Åsnes in lists, the log or cross references', async () => {
    const c = clients.arkivar!;
    const list = (await c.request('GET', '/api/saksmapper?limit=200')).json();
    expect(list.items.map((s: { id: string }) => s.id)).toContain(valer.caseId);
    expect(list.items.map((s: { id: string }) => s.id)).not.toContain(asnes.caseId);
    expect((await c.request('GET', `/api/endringslogg?objektId=${asnes.caseId}`)).json().items).toEqual([]);
    const ref = await c.request('POST', `/api/saksmapper/${valer.caseId}/kryssreferanser`, { tilType: 'saksmappe', tilId: asnes.caseId });
    expect(ref.statusCode).toBe(400);
    expect(ref.json().errors[0].field).toBe('tilId');
    const systems = (await c.request('GET', '/api/klassifikasjonssystemer')).json().items.map((s: { id: string }) => s.id);
    expect(systems).not.toContain(asnes.systemId);
  });

  it('lets the document-centre archivist work in Åsnes after switching role', async () => {
    const dok = await loginAs(app, 'dokumentsenter', PASSWORD);
    await dok.switchTo('valer', 'ARK');
    expect((await dok.request('GET', `/api/saksmapper/${asnes.caseId}`)).statusCode).toBe(404);
    await dok.switchTo('asnes', 'ARK');
    const res = await dok.request('GET', `/api/saksmapper/${asnes.caseId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().journalposter.map((j: { tittel: string }) => j.tittel)).toEqual(['Bekymringsmelding']);
  });
});
