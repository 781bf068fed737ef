import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { MAX_RESULTS } from '../../src/features/sok/search.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, seedRecordsWorld } from '../records/records-world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';

const RECORDS = 5000;
const PARTS = 300;
const REMARKS = 300;
const SEARCHED = MAX_RESULTS + 50;

/**
 * Counts every statement the app sends (each query of a use case, the login check, the log's screening),
 * except the session's renewal, which happens on whichever request comes once a minute has passed.
 */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    const renewal = args.node.kind === 'UpdateQueryNode' && JSON.stringify(args.node.table).includes('"name":"session"');
    if (!renewal) this.count++;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

/** Adds records, parts and remarks to a case with a few set-based statements (the use cases would take minutes for 5,000). */
async function fill(
  ctx: Ctx,
  saksmappeId: string,
  n: { records: number; parts: number; remarks: number },
  firstSekvens: number,
  tittel = 'Brev nr. ',
) {
  const org = ctx.role.organisasjonId;
  const by = ctx.actor.brukerId;
  await inTenant(ctx, async (tx) => {
    await sql`INSERT INTO journalpost (organisasjon_id, saksmappe_id, registreringstype, journalaar, journalsekvensnummer,
        journalpostnummer, journalposttype, journalstatus, journaldato, tittel, opprettet_av)
      SELECT ${org}, ${saksmappeId}, 'journalpost', 2026, ${firstSekvens} + i, i, 'I', 'J', '2026-03-01', ${tittel} || i, ${by}
      FROM generate_series(1, ${n.records}::int) AS i`.execute(tx);
    await sql`UPDATE saksmappe SET siste_journalpostnummer = ${n.records} WHERE id = ${saksmappeId}`.execute(tx);
    await sql`INSERT INTO part (organisasjon_id, saksmappe_id, part_navn, part_rolle, opprettet_av)
      SELECT ${org}, ${saksmappeId}, 'Part ' || i, 'Søker', ${by} FROM generate_series(1, ${n.parts}::int) AS i`.execute(tx);
    await sql`INSERT INTO merknad (organisasjon_id, objekt_type, objekt_id, merknadstekst, merknad_registrert_av)
      SELECT ${org}, 'saksmappe', ${saksmappeId}, 'Merknad ' || i, ${by} FROM generate_series(1, ${n.remarks}::int) AS i`.execute(tx);
  });
}

describe(`a case with ${RECORDS} records opens with bounded queries and size (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let arkivar: Client;
  const counter = new QueryCounter();
  let big: string;
  let small: string;

  /** The response and how many statements it took. */
  async function measured(method: string, url: string, body?: unknown) {
    counter.count = 0;
    const res = await arkivar.request(method, url, body);
    return { res, queries: counter.count, bytes: Buffer.byteLength(res.body) };
  }

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp({ ...handle, db: handle.db.withPlugin(counter) });
    arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    const create = async (tittel: string) =>
      (await arkivar.request('POST', '/api/saksmapper', { tittel, primaerKlasse: { verdi: 'L42' } })).json().id as string;
    big = await create('Stor sak');
    small = await create('Liten sak');
    const ark = await as(handle, 'valer', 'ARK');
    const searched = await create('Mange søknader');
    await fill(ark, searched, { records: SEARCHED, parts: 0, remarks: 0 }, 300_000, 'Søknad om utslipp nr. ');
    // The search index only queues these (migration 0035): its work is not on the writers' path.
    await fill(ark, big, { records: RECORDS, parts: PARTS, remarks: REMARKS }, 100_000);
    await fill(ark, small, { records: 3, parts: 2, remarks: 1 }, 200_000);
  }, 300_000);
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('shows one page of each list with its total, in as many queries as a small case', async () => {
    const large = await measured('GET', `/api/saksmapper/${big}`);
    const tiny = await measured('GET', `/api/saksmapper/${small}`);
    expect(large.res.statusCode, large.res.body).toBe(200);
    const body = large.res.json();
    expect(body.journalposter).toHaveLength(50);
    expect(body.journalposter[0].journalpostnummer).toBe(1);
    expect(body.parter).toHaveLength(50);
    expect(body.merknader).toHaveLength(50);
    expect(body.sider.journalposter).toEqual({ side: 1, perSide: 50, total: RECORDS });
    expect(body.sider.parter.total).toBe(PARTS);
    expect(body.sider.merknader.total).toBe(REMARKS);
    expect(large.queries).toBe(tiny.queries);
    expect(large.queries).toBeLessThanOrEqual(30);
    expect(large.bytes).toBeLessThan(200_000);
  });

  it('fetches any further page of records, parts and remarks', async () => {
    const last = await measured('GET', `/api/saksmapper/${big}?journalposterSide=50&perSide=100&parterSide=3&merknaderSide=4`);
    const body = last.res.json();
    expect(body.journalposter.map((r: { journalpostnummer: number }) => r.journalpostnummer)).toEqual(
      Array.from({ length: 100 }, (_, i) => 4901 + i),
    );
    expect(body.parter).toHaveLength(100);
    expect(body.merknader).toHaveLength(0); // past the end: an empty page, still with the total
    expect(body.sider.merknader).toEqual({ side: 4, perSide: 100, total: REMARKS });
    const refused = await arkivar.request('GET', `/api/saksmapper/${big}?perSide=5000`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('perSide');
  });

  it('pages the change log, screened in a fixed number of queries per page', async () => {
    const large = await measured('GET', `/api/saksmapper/${big}/endringslogg?perSide=100`);
    const tiny = await measured('GET', `/api/saksmapper/${small}/endringslogg?perSide=100`);
    expect(large.res.statusCode, large.res.body).toBe(200);
    const page = large.res.json();
    expect(page.items).toHaveLength(100);
    expect(page.total).toBeGreaterThan(PARTS); // the case's own entries and its parts'
    expect(large.queries).toBe(tiny.queries);
    const next = (await arkivar.request('GET', `/api/saksmapper/${big}/endringslogg?perSide=100&side=2`)).json();
    expect(next.items[0].id).toBeGreaterThan(page.items.at(-1).id);
  });

  it(`closes the case in set-based statements: all ${RECORDS} records archived, as many queries as for a small case`, async () => {
    const large = await measured('POST', `/api/saksmapper/${big}/status`, { saksstatus: 'A' });
    const tiny = await measured('POST', `/api/saksmapper/${small}/status`, { saksstatus: 'A' });
    expect(large.res.statusCode, large.res.body).toBe(200);
    expect(large.queries).toBe(tiny.queries);
    const statuses = await handle.db
      .selectFrom('journalpost')
      .select(['journalstatus', (eb) => eb.fn.countAll<number>().as('n')])
      .where('saksmappe_id', '=', big)
      .groupBy('journalstatus')
      .execute();
    expect(statuses.map((s) => [s.journalstatus, Number(s.n)])).toEqual([['A', RECORDS]]);
    // The database logged every record's archiving (one row each), as it does for one.
    const logged = await handle.db
      .selectFrom('endringslogg')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('felt', '=', 'journalstatus')
      .where('ny_verdi', '=', 'A')
      .executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBe(RECORDS + 3);
  }, 180_000);

  it(`caps a search at ${MAX_RESULTS} hits: counted and paged only so far, and says there are more`, async () => {
    const first = await measured('GET', '/api/sok?q=utslipp&perSide=100');
    expect(first.res.statusCode, first.res.body).toBe(200);
    expect(first.res.json()).toMatchObject({ total: MAX_RESULTS, flere: true });
    const last = await arkivar.request('GET', `/api/sok?q=utslipp&perSide=100&side=${MAX_RESULTS / 100}`);
    expect(last.json().items).toHaveLength(100);
    const beyond = await arkivar.request('GET', `/api/sok?q=utslipp&perSide=100&side=${MAX_RESULTS / 100 + 1}`);
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().errors[0].field).toBe('side');
  });
});
