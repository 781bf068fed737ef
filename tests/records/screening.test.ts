import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { as, createCase, FNR, seedRecordsWorld } from './records-world.js';

interface Party {
  navn: string;
  skjermet: boolean;
  foedselsnummer: string | null;
  postadresse: string | null;
}

describe(`screened correspondence parties through the API (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clients: Record<string, Client> = {};
  let bygg: { caseId: string; recordId: string };
  let pol: { caseId: string; recordId: string };

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    const ark = await as(handle, 'valer', 'ARK');
    const sb = await as(handle, 'valer', 'SB');
    const ms = await as(handle, 'valer', 'MS');
    const parties = [
      { korrespondanseparttype: 'EA' as const, navn: 'Kari Hemmelig', foedselsnummer: FNR[1], postadresse: 'Skjult vei 1', skjermet: true },
      { korrespondanseparttype: 'EK' as const, navn: 'Våler Bygg AS', organisasjonsnummer: '964947260' },
    ];
    // A building case of the case worker (unit BYGG), and a political case of the meeting secretary (unit POL).
    for (const [owner, set] of [
      [sb, (v: typeof bygg) => (bygg = v)],
      [ms, (v: typeof pol) => (pol = v)],
    ] as const) {
      const sak = await createCase(ark, { saksansvarligId: owner.actor.brukerId, administrativEnhetId: owner.role.administrativEnhetId });
      const record = await registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: 'Klage', korrespondanseparter: parties });
      set({ caseId: sak.id, recordId: record.id });
    }
    for (const user of ['arkivar', 'leder', 'stedfortreder', 'saksbehandler', 'motesekretar', 'lesetilgang']) {
      clients[user] = await loginAs(app, `valer.${user}`, PASSWORD);
    }
    clients.dokumentsenter = await loginAs(app, 'dokumentsenter', PASSWORD);
    await clients.dokumentsenter.switchTo('valer', 'ARK');
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  async function partiesSeenBy(user: string, recordId: string): Promise<Party[]> {
    const res = await clients[user]!.request('GET', `/api/journalposter/${recordId}`);
    expect(res.statusCode).toBe(200);
    return res.json().korrespondanseparter;
  }

  it.each([
    ['arkivar', 'the archivist', true, true],
    ['dokumentsenter', 'the document-centre archivist', true, true],
    ['saksbehandler', "the building case's saksbehandler and saksansvarlig", true, false],
    ['motesekretar', "the political case's saksansvarlig", false, true],
    ['leder', 'the leader of BYGG', true, false],
    ['stedfortreder', 'the deputy of BYGG', true, false],
    ['lesetilgang', 'a reader', false, false],
  ])('%s (%s) sees the screened name: building case %s, political case %s', async (user, _who, seesBygg, seesPol) => {
    for (const [record, sees] of [
      [bygg.recordId, seesBygg],
      [pol.recordId, seesPol],
    ] as const) {
      const parties = await partiesSeenBy(user, record);
      const screened = parties.find((p) => p.skjermet);
      expect(parties.find((p) => !p.skjermet)!.navn).toBe('Våler Bygg AS');
      if (sees) {
        expect(screened).toMatchObject({ navn: 'Kari Hemmelig', foedselsnummer: FNR[1], postadresse: 'Skjult vei 1' });
      } else {
        expect(screened).toMatchObject({ navn: 'Skjermet', foedselsnummer: null, postadresse: null });
      }
    }
  });

  it('screens the name in the case page and in the change log too', async () => {
    const reader = clients.lesetilgang!;
    const page = await reader.request('GET', `/api/saksmapper/${bygg.caseId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Kari Hemmelig');
    const parties: Party[] = page.json().journalposter[0].korrespondanseparter;
    expect(parties.find((p) => p.skjermet)!.navn).toBe('Skjermet');
    const log = await reader.request('GET', `/api/journalposter/${bygg.recordId}/endringslogg`);
    expect(log.statusCode).toBe(200);
    expect(log.body).not.toContain('Kari Hemmelig');
    expect(
      log.json().items.some((e: { felt: string; nyVerdi: string }) => e.felt === 'korrespondansepartNavn' && e.nyVerdi === 'Skjermet'),
    ).toBe(true);
    const archivistLog = await clients.arkivar!.request('GET', `/api/journalposter/${bygg.recordId}/endringslogg`);
    expect(archivistLog.body).toContain('Kari Hemmelig');
  });
});
