import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { search } from '../../src/features/sok/search.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor } from '../support/world.js';
import { jp, sak, searchWorld, type Org } from './fixture.js';

describe(`search: ranking, stemming, numbers, documents, paging (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let valer: Org;
  let sb: Ctx;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    handle = await createTestDatabase();
    ({ valer } = await searchWorld(handle));
    sb = await ctxFor(handle, 'valer.saksbehandler', 'valer', 'SB');
    // "Fjellstue" in a title, as a party's name and inside a letter.
    const tittel = await sak(valer, { tittel: 'Riving av Fjellstue på gnr 7/2', dato: '2025-05-01' });
    const part = await sak(valer, { tittel: 'Klage på vedtak', dato: '2025-05-02', parter: ['Fjellstue Eiendom AS'] });
    const brev = await sak(valer, { tittel: 'Oppmåling av tomt', dato: '2025-05-03' });
    const brevJp = await jp(valer, brev, {
      tittel: 'Innkommet brev',
      dato: '2025-05-04',
      dokumenter: [
        { tittel: 'Brev fra nabo', tekst: 'Vi viser til befaring ved fjellstue og fjellstue-tunet. Fjellstue nevnes tre ganger.' },
      ],
    });
    const bygg = await sak(valer, { tittel: 'Byggesøknad – gnr 12/34 – nytt bolighus', dato: '2026-01-10' });
    const pdf = await jp(valer, bygg, {
      tittel: 'Søknad om rammetillatelse',
      dokumenter: [{ tittel: 'Søknad', tekst: 'Tiltaket gjelder et tilbygg med takterrasse og varmepumpe.' }],
    });
    Object.assign(ids, { tittel: tittel.id, part: part.id, brev: brevJp.id, bygg: bygg.id, pdf: pdf.id });
    for (let i = 1; i <= 23; i++) await sak(valer, { tittel: `Skjenkebevilling nr ${i}`, dato: `2024-02-${String(i).padStart(2, '0')}` });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('ranks a title match above a party-name match above document text', async () => {
    const result = await search(sb, { q: 'fjellstue' });
    expect(result.items.map((h) => h.id)).toEqual([ids.tittel, ids.part, ids.brev]);
    expect(result.items[0]!.rang).toBeGreaterThan(result.items[1]!.rang);
    expect(result.items[1]!.rang).toBeGreaterThan(result.items[2]!.rang);
  });

  it('stems Norwegian: «byggesøknader» finds «Byggesøknad»', async () => {
    const result = await search(sb, { q: 'byggesøknader' });
    expect(result.items.map((h) => h.id)).toEqual([ids.bygg]);
    expect(result.items[0]).toMatchObject({ type: 'saksmappe', tittel: 'Byggesøknad – gnr 12/34 – nytt bolighus' });
  });

  it('finds a case by its case number, and a record by its id', async () => {
    const byCase = await search(sb, { q: '2026/1' });
    expect(byCase.items[0]).toMatchObject({ id: ids.bygg, nummer: '2026/1', type: 'saksmappe' });
    expect(byCase.items.map((h) => h.id)).toContain(ids.pdf); // the case's records carry its number too
    const padded = await search(sb, { q: '2026/0001' });
    expect(padded.items[0]!.id).toBe(ids.bygg);
    const byRecord = await search(sb, { q: '2026/1-1' });
    expect(byRecord.items.map((h) => h.id)).toEqual([ids.pdf]);
  });

  it('finds a record by a word inside its PDF and highlights it in the snippet', async () => {
    const result = await search(sb, { q: 'varmepumpe' });
    expect(result.items.map((h) => h.id)).toEqual([ids.pdf]);
    expect(result.items[0]!.utdrag).toContainEqual({ tekst: 'varmepumpe', treff: true });
  });

  it('counts all hits and pages through them', async () => {
    const first = await search(sb, { q: 'skjenkebevilling', pageSize: 10 });
    expect(first.total).toBe(23);
    expect(first.items).toHaveLength(10);
    const third = await search(sb, { q: 'skjenkebevilling', page: 3, pageSize: 10 });
    expect(third.items).toHaveLength(3);
    const second = await search(sb, { q: 'skjenkebevilling', page: 2, pageSize: 10 });
    const seen = new Set([...first.items, ...second.items, ...third.items].map((h) => h.id));
    expect(seen.size).toBe(23);
    expect([second.total, third.total]).toEqual([23, 23]);
    // A page past the last hit has no row to carry the count: it is counted all the same.
    expect(await search(sb, { q: 'skjenkebevilling', page: 4, pageSize: 10 })).toMatchObject({ items: [], total: 23 });
  });

  it('lists newest first when the query is empty', async () => {
    const result = await search(sb, { q: '  ', pageSize: 3 });
    expect(result.total).toBe(29);
    expect(result.items.map((h) => h.dato)).toEqual(['2026-03-02', '2026-01-10', '2025-05-04']);
    expect(result.items[0]!.utdrag).toBeNull();
  });

  it('refuses a page size over the limit', async () => {
    await expect(search(sb, { q: 'x', pageSize: 1000 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
