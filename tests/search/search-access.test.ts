import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { search } from '../../src/features/sok/search.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, PASSWORD } from '../support/world.js';
import { jp, sak, searchWorld, type Org } from './fixture.js';

describe(`search: screening, organisations, updates, API (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let valer: Org;
  let asnes: Org;
  let sb: Ctx;
  let les: Ctx;
  const ids: Record<string, string> = {};
  const hits = async (ctx: Ctx, q: string) => (await search(ctx, { q })).items;

  beforeAll(async () => {
    handle = await createTestDatabase();
    ({ valer, asnes } = await searchWorld(handle));
    app = await createTestApp(handle);
    sb = await ctxFor(handle, 'valer.saksbehandler', 'valer', 'SB');
    les = await ctxFor(handle, 'valer.lesetilgang', 'valer', 'LES');
    const barnevern = await sak(valer, { tittel: 'Bekymringsmelding', dato: '2026-02-01' });
    const melding = await jp(valer, barnevern, {
      tittel: 'Melding fra skolen',
      parter: [{ navn: 'Trude Skjulestad', skjermet: true }, { navn: 'Våler skole' }],
      dokumenter: [{ tittel: 'Melding', tekst: 'Opplysninger om hjemmesituasjonen', tilgangskode: 'U' }],
    });
    const personal = await sak(valer, {
      tittel: 'Personalmappe – Gunnar Hemmelighaug',
      offentligTittel: 'Personalmappe – *****',
      tilgangskode: 'P',
      parter: ['Gunnar Hemmelighaug'],
    });
    const asnesSak = await sak(asnes, { tittel: 'Skogsbilvei Hemmelighaug', dato: '2026-02-02' });
    Object.assign(ids, { barnevern: barnevern.id, melding: melding.id, personal: personal.id, asnes: asnesSak.id });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('lets a case worker find a screened party by name, but not a reader with LES', async () => {
    expect((await hits(sb, 'Skjulestad')).map((h) => h.id)).toEqual([ids.melding, ids.barnevern]);
    expect(await hits(les, 'Skjulestad')).toEqual([]);
    expect((await hits(les, 'Våler skole')).map((h) => h.id)).toContain(ids.melding);
  });

  it('applies the record page’s rule per row: a case worker not on the case does not find the name', async () => {
    const other = await sak(valer, { tittel: 'Tilsynssak', enhet: 'SKO', ansvarlig: 'leder', dato: '2026-02-03' });
    await jp(valer, other, { tittel: 'Tips', parter: [{ navn: 'Oddvar Dulgt', skjermet: true }] });
    expect(await hits(sb, 'Dulgt')).toEqual([]);
    expect(await hits(await ctxFor(handle, 'valer.leder', 'valer', 'LED'), 'Dulgt')).toHaveLength(2);
    expect(await hits(await ctxFor(handle, 'valer.arkivar', 'valer', 'ARK'), 'Dulgt')).toHaveLength(2);
    expect(await hits(await ctxFor(handle, 'valer.motesekretar', 'valer', 'MS'), 'Dulgt')).toEqual([]);
  });

  it('never shows a screened name in a LES reader’s snippet', async () => {
    const [hit] = await hits(les, 'melding skolen');
    const snippet = hit!.utdrag!.map((p) => p.tekst).join('');
    expect(snippet).toContain('Våler skole');
    expect(snippet).not.toContain('Skjulestad');
    expect(snippet).not.toContain('hjemmesituasjonen');
  });

  it('keeps screened titles, case parts and document text from LES readers', async () => {
    expect(await hits(les, 'Hemmelighaug')).toEqual([]);
    expect(await hits(les, 'hjemmesituasjonen')).toEqual([]);
    const [personal] = await hits(les, 'personalmappe');
    expect(personal).toMatchObject({ id: ids.personal, tittel: 'Personalmappe – *****' });
    expect((await hits(sb, 'Hemmelighaug'))[0]).toMatchObject({ id: ids.personal, tittel: 'Personalmappe – Gunnar Hemmelighaug' });
    expect((await hits(sb, 'hjemmesituasjonen')).map((h) => h.id)).toEqual([ids.melding]);
  });

  it('never gives a Våler user an Åsnes hit', async () => {
    const all = await search(sb, { pageSize: 100 });
    expect(all.items.map((h) => h.id)).not.toContain(ids.asnes);
    expect((await hits(sb, 'Hemmelighaug')).map((h) => h.id)).toEqual([ids.personal]);
    const asnesCtx = await ctxFor(handle, 'asnes.saksbehandler', 'asnes', 'SB');
    expect((await hits(asnesCtx, 'Hemmelighaug')).map((h) => h.id)).toEqual([ids.asnes]);
  });

  it('follows later changes: screening a party, renaming a case', async () => {
    await inTenant(valer.ctx, (tx) =>
      tx.updateTable('korrespondansepart').set({ skjermet: true }).where('navn', '=', 'Våler skole').execute(),
    );
    expect((await hits(les, 'Våler skole')).map((h) => h.id)).not.toContain(ids.melding);
    await inTenant(valer.ctx, (tx) =>
      tx.updateTable('saksmappe').set({ tittel: 'Bekymringsmelding – oppfølging' }).where('id', '=', ids.barnevern!).execute(),
    );
    expect((await hits(sb, 'oppfølging')).map((h) => h.id)).toEqual([ids.barnevern]);
  });

  it('stays consistent when parties are added to records of one case at the same time', async () => {
    const saken = await sak(valer, { tittel: 'Samtidighet', dato: '2026-04-01' });
    const records = [];
    for (let n = 1; n <= 8; n++) records.push(await jp(valer, saken, { tittel: `Brev ${n}`, dato: '2026-04-02' }));
    await Promise.all(
      records.map((r, n) =>
        inTenant(valer.ctx, (tx) =>
          tx
            .insertInto('korrespondansepart')
            .values({
              organisasjon_id: valer.id,
              journalpost_id: r.id,
              korrespondanseparttype: 'EA',
              navn: `Avsender${n}x`,
              opprettet_av: valer.ctx.actor.brukerId,
            })
            .execute(),
        ),
      ),
    );
    for (let n = 0; n < 8; n++) expect((await hits(sb, `Avsender${n}x`)).map((h) => h.id)).toEqual([records[n]!.id, saken.id]);
  });

  it('serves GET /api/sok with filters and paging', async () => {
    const client = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    const res = await client.request('GET', '/api/sok?q=bekymringsmelding&type=saksmappe&side=1&perSide=5');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, side: 1, perSide: 5, items: [{ id: ids.barnevern, nummer: '2026/1' }] });
    expect((await client.request('GET', '/api/sok?perSide=500')).statusCode).toBe(400);
  });

  it('suggests likely existing cases before a new one is created', async () => {
    const bygg = await sak(valer, { tittel: 'Byggesøknad – gnr 12/34 – nytt bolighus', dato: '2025-11-01' });
    await sak(valer, { tittel: 'Byggesøknad – gnr 40/2 – garasje', dato: '2025-11-02' });
    await sak(valer, { tittel: 'Søknad om skjenkebevilling', dato: '2025-11-03' });
    const client = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    const res = await client.request('GET', `/api/sok/lignende-saker?tittel=${encodeURIComponent('byggesøknad bolighus gnr 12/34')}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; saksnummer: string }[];
    expect(items[0]).toMatchObject({ id: bygg.id, saksnummer: '2025/1' });
    expect(items.length).toBeLessThanOrEqual(5);
    const typo = await client.request('GET', `/api/sok/lignende-saker?tittel=${encodeURIComponent('Bygesøknad gnr 12/34 nyt bolihus')}`);
    expect(typo.json().items[0].id).toBe(bygg.id);
  });
});
