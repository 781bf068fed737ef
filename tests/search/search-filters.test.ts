import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { search } from '../../src/features/sok/search.js';
import type { SearchFilters } from '../../src/features/sok/sok-repository.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor } from '../support/world.js';
import { jp, sak, searchWorld, type Org } from './fixture.js';

describe(`search filters (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let valer: Org;
  let ark: Ctx;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    handle = await createTestDatabase();
    ({ valer } = await searchWorld(handle));
    ark = await ctxFor(handle, 'valer.arkivar', 'valer', 'ARK');
    // Every row says "tilskudd", so each filter alone decides what is found.
    const bygg = await sak(valer, {
      tittel: 'Tilskudd til gårdsvei',
      enhet: 'BYGG',
      ansvarlig: 'saksbehandler',
      status: 'B',
      dato: '2024-04-01',
      klasse: 'L42',
      klasseverdi: '12/34',
    });
    const skole = await sak(valer, {
      tittel: 'Tilskudd til leirskole',
      enhet: 'SKO',
      ansvarlig: 'leder',
      status: 'A',
      dato: '2025-09-01',
      klasse: '400',
    });
    const inn = await jp(valer, bygg, { tittel: 'Søknad om tilskudd', type: 'I', status: 'J', dato: '2024-04-02' });
    const ut = await jp(valer, skole, { tittel: 'Vedtak om tilskudd', type: 'U', status: 'E', dato: '2025-09-10' });
    Object.assign(ids, { bygg: bygg.id, skole: skole.id, inn: inn.id, ut: ut.id });
  });
  afterAll(async () => {
    await handle.close();
  });

  const found = async (filters: SearchFilters) => (await search(ark, { q: 'tilskudd', filters })).items.map((h) => h.id).sort();
  const sorted = (...keys: string[]) => keys.map((k) => ids[k]!).sort();

  it('finds everything without filters', async () => {
    expect(await found({})).toEqual(sorted('bygg', 'skole', 'inn', 'ut'));
  });

  it('filters by type and by journalposttype', async () => {
    expect(await found({ type: 'saksmappe' })).toEqual(sorted('bygg', 'skole'));
    expect(await found({ type: 'journalpost' })).toEqual(sorted('inn', 'ut'));
    expect(await found({ journalposttype: 'U' })).toEqual(sorted('ut'));
  });

  it('filters by unit; a record without its own unit counts under its case’s', async () => {
    expect(await found({ enhetId: valer.enhet.SKO })).toEqual(sorted('skole', 'ut'));
  });

  it('filters by case worker (saksansvarlig of the case, saksbehandler of the record)', async () => {
    expect(await found({ saksbehandlerId: valer.bruker.leder })).toEqual(sorted('skole', 'ut'));
    expect(await found({ saksbehandlerId: valer.bruker.arkivar })).toEqual([]);
  });

  it('filters by status', async () => {
    expect(await found({ status: 'A' })).toEqual(sorted('skole'));
    expect(await found({ status: 'J' })).toEqual(sorted('inn'));
  });

  it('filters by date range, both ends inclusive', async () => {
    expect(await found({ fra: '2024-04-02', til: '2025-09-01' })).toEqual(sorted('inn', 'skole'));
    expect(await found({ fra: '2025-01-01' })).toEqual(sorted('skole', 'ut'));
  });

  it('filters by class: ordningsverdi, klasse id or object value', async () => {
    expect(await found({ klasse: 'L42' })).toEqual(sorted('bygg', 'inn'));
    expect(await found({ klasse: valer.klasse['400']! })).toEqual(sorted('skole', 'ut'));
    expect(await found({ klasse: '12/34' })).toEqual(sorted('bygg', 'inn'));
    expect(await found({ klasse: 'ukjent' })).toEqual([]);
  });

  it('combines filters with the query and without it', async () => {
    expect(await found({ type: 'journalpost', enhetId: valer.enhet.BYGG, fra: '2024-01-01' })).toEqual(sorted('inn'));
    const listed = await search(ark, { filters: { type: 'saksmappe', status: 'B' } });
    expect(listed.items.map((h) => h.id)).toEqual([ids.bygg]);
  });
});
