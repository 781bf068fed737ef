import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import type { Ctx } from '../../src/shared/context.js';
import { queryCounter, type QueryCounter } from '../performance/query-counter.js';
import { as, seedRecordsWorld } from '../records/records-world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';

const PARTIES = 2000;
const REMARKS = 2000;

/** Adds correspondence parties and remarks to a record in two set-based statements, one millisecond apart as if registered one by one. */
async function fill(ctx: Ctx, journalpostId: string, n: { parties: number; remarks: number }) {
  const org = ctx.role.organisasjonId;
  const by = ctx.actor.brukerId;
  await inTenant(ctx, async (tx) => {
    await sql`INSERT INTO korrespondansepart (organisasjon_id, journalpost_id, korrespondanseparttype, navn, opprettet_av, opprettet_dato)
      SELECT ${org}, ${journalpostId}, 'EA', 'Avsender ' || i, ${by}, now() + i * interval '1 millisecond'
      FROM generate_series(1, ${n.parties}::int) AS i`.execute(tx);
    await sql`INSERT INTO merknad (organisasjon_id, objekt_type, objekt_id, merknadstekst, merknad_registrert_av, merknadsdato)
      SELECT ${org}, 'journalpost', ${journalpostId}, 'Merknad ' || i, ${by}, now() + i * interval '1 millisecond'
      FROM generate_series(1, ${n.remarks}::int) AS i`.execute(tx);
  });
}

describe(`a record with ${PARTIES} parties and ${REMARKS} remarks opens with bounded queries and size (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let arkivar: Client;
  let counter: QueryCounter;
  const ids = { bigCase: '', smallCase: '', big: '', small: '' };

  async function measured(url: string) {
    const { result: res, statements } = await counter.count(() => arkivar.request('GET', url));
    expect(res.statusCode, res.body).toBe(200);
    return { body: res.json(), queries: statements.length, bytes: Buffer.byteLength(res.body) };
  }

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    counter = queryCounter(handle.db);
    app = await createTestApp({ ...handle, db: counter.db });
    arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    const ark = await as(handle, 'valer', 'ARK');
    for (const size of ['big', 'small'] as const) {
      const sak = await arkivar.request('POST', '/api/saksmapper', { tittel: `Sak ${size}`, primaerKlasse: { verdi: 'L42' } });
      const caseId = sak.json().id as string;
      const record = await arkivar.request('POST', `/api/saksmapper/${caseId}/journalposter`, { journalposttype: 'I', tittel: 'Søknad' });
      expect(record.statusCode, record.body).toBe(201);
      ids[size === 'big' ? 'bigCase' : 'smallCase'] = caseId;
      ids[size] = record.json().id as string;
    }
    // Each party reindexes its record for search by trigger (quadratic for 2,000 at once; not measured here).
    // Off in this throwaway database only.
    await sql`ALTER TABLE korrespondansepart DISABLE TRIGGER sok_korrespondansepart`.execute(handle.db);
    await fill(ark, ids.big, { parties: PARTIES, remarks: REMARKS });
    await fill(ark, ids.small, { parties: 2, remarks: 1 });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('shows one page of its parties and remarks with their totals, in as many queries as a small record', async () => {
    const large = await measured(`/api/journalposter/${ids.big}`);
    const tiny = await measured(`/api/journalposter/${ids.small}`);
    expect(large.body.korrespondanseparter).toHaveLength(50);
    expect(large.body.korrespondanseparter[0].navn).toBe('Avsender 1');
    expect(large.body.merknader).toHaveLength(50);
    expect(large.body.sider).toEqual({
      korrespondanseparter: { side: 1, perSide: 50, total: PARTIES },
      merknader: { side: 1, perSide: 50, total: REMARKS },
    });
    expect(tiny.body.sider.korrespondanseparter.total).toBe(2);
    expect(large.queries).toBe(tiny.queries);
    expect(large.bytes).toBeLessThan(60_000);
  });

  it('fetches any further page, an empty page past the end with the total, and refuses a page too large', async () => {
    const last = await measured(`/api/journalposter/${ids.big}?perSide=200&korrespondanseparterSide=10&merknaderSide=11`);
    expect(last.body.korrespondanseparter.map((p: { navn: string }) => p.navn)).toEqual(
      Array.from({ length: 200 }, (_, i) => `Avsender ${1801 + i}`),
    );
    expect(last.body.merknader).toHaveLength(0);
    expect(last.body.sider.merknader).toEqual({ side: 11, perSide: 200, total: REMARKS });
    for (const [query, field] of [
      ['perSide=5000', 'perSide'],
      ['korrespondanseparterSide=0', 'korrespondanseparterSide'],
      ['parterSide=2', ''], // the case page's name: not a list of a record
    ] as const) {
      const refused = await arkivar.request('GET', `/api/journalposter/${ids.big}?${query}`);
      expect(refused.statusCode, query).toBe(400);
      if (field) expect(refused.json().errors[0].field).toBe(field);
    }
  });

  it('lists the record on its case page with only its first parties and remarks, and their totals', async () => {
    const large = await measured(`/api/saksmapper/${ids.bigCase}`);
    const tiny = await measured(`/api/saksmapper/${ids.smallCase}`);
    const [record] = large.body.journalposter;
    expect(record.korrespondanseparter).toHaveLength(10);
    expect(record.merknader).toHaveLength(10);
    expect(record.sider.korrespondanseparter).toEqual({ side: 1, perSide: 10, total: PARTIES });
    expect(tiny.body.journalposter[0].sider.merknader.total).toBe(1);
    expect(large.queries).toBe(tiny.queries);
    expect(large.bytes).toBeLessThan(30_000);
  });
});
