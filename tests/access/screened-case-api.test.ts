import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { as, createCase, seedRecordsWorld, unitId } from '../records/records-world.js';

describe(`a screened personnel case on every read path (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const c: Record<string, Client> = {};
  let caseId: string;
  let recordId: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    const ark = await as(handle, 'valer', 'ARK');
    const sak = await createCase(ark, { tittel: 'Personalmappe – Ole Knutsen', administrativEnhetId: await unitId(ark, 'BYGG') });
    caseId = sak.id;
    recordId = (await registerJournalpost(ark, caseId, { journalposttype: 'I', tittel: 'Arbeidsavtale Ole Knutsen' })).id;
    for (const u of ['arkivar', 'leder', 'motesekretar', 'lesetilgang']) c[u] = await loginAs(app, `valer.${u}`, PASSWORD);
    const put = await c.arkivar!.request('PUT', `/api/saksmapper/${caseId}/skjerming`, { tilgangskode: 'P', skjermedeTittelord: [2, 3] });
    expect(put.statusCode, put.body).toBe(200);
    await c.arkivar!.request('PATCH', `/api/saksmapper/${caseId}`, { tittel: 'Personalmappe – Ole Knutsen (2026)' });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const get = async (who: string, url: string) => {
    const res = await c[who]!.request('GET', url);
    return { status: res.statusCode, body: res.body, json: res.statusCode === 200 ? res.json() : null };
  };

  it('shows a reader of another unit the public title and «Skjermet», nowhere the name', async () => {
    for (const who of ['motesekretar', 'lesetilgang']) {
      const list = await get(who, '/api/saksmapper?limit=200');
      const item = list.json.items.find((i: { id: string }) => i.id === caseId);
      expect(item).toMatchObject({ tittel: 'Personalmappe – ***** (2026)', fullTilgang: false, tilgangskode: 'P' });
      const page = await get(who, `/api/saksmapper/${caseId}`);
      expect(page.json).toMatchObject({ tittel: 'Personalmappe – ***** (2026)', fullTilgang: false });
      const record = await get(who, `/api/journalposter/${recordId}`);
      expect(record.json).toMatchObject({ fullTilgang: false, tittel: '*****' });
      const log = await get(who, `/api/saksmapper/${caseId}/endringslogg`);
      const hits = await get(who, '/api/sok?q=Knutsen');
      for (const r of [list, page, record, log, hits]) expect(r.body).not.toContain('Knutsen');
      expect(log.json.items.some((e: { nyVerdi: string }) => e.nyVerdi === 'Skjermet')).toBe(true);
      expect(hits.json.total).toBe(0);
    }
  });

  it('shows the archivist and the leader of the unit everything', async () => {
    for (const who of ['arkivar', 'leder']) {
      const page = await get(who, `/api/saksmapper/${caseId}`);
      expect(page.json).toMatchObject({ tittel: 'Personalmappe – Ole Knutsen (2026)', fullTilgang: true });
      const hits = await get(who, '/api/sok?q=Knutsen');
      expect(hits.json.total).toBeGreaterThan(0);
    }
  });
});
