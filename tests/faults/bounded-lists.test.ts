import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { CAPS } from '../../src/shared/caps.js';
import { seedRecordsWorld } from '../records/records-world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';

/*
 * BOUNDED READS of the lists that grow with use (issue 11 item 9), besides
 * the case and record pages (bounded-reads, bounded-record): each is read a
 * page at a time with its total, or is capped where it is written.
 */

const USERS = 150;

interface Page<T> {
  items: T[];
  side: number;
  perSide: number;
  total: number;
}

describe(`lists that grow with use are paged or capped (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let owner: Client;
  let orgId: string;

  const get = async <T = { id: string }>(client: Client, url: string) => {
    const res = await client.request('GET', url);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json() as Page<T>;
  };
  const refused = async (client: Client, url: string, field: string) => {
    const res = await client.request('GET', url);
    expect(res.statusCode, url).toBe(400);
    expect(res.json().errors[0].field).toBe(field);
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    owner = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
    orgId = (await handle.db.selectFrom('organisasjon').select('id').where('kortnavn', '=', 'valer').executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it(`pages ${USERS} users by name with the total, searches them, and filters the active and the integration users`, async () => {
    // The first 10 passive, the last 5 integration users.
    await sql`INSERT INTO bruker (brukernavn, navn, aktiv, integrasjon)
      SELECT 'valer.mange' || i, 'Mange Brukersen ' || lpad(i::text, 3, '0'), i > 10, i > ${USERS - 5}
      FROM generate_series(1, ${USERS}::int) AS i`.execute(handle.db);
    await sql`INSERT INTO rolletildeling (bruker_id, organisasjon_id, rolle)
      SELECT id, ${orgId}, 'SB' FROM bruker WHERE brukernavn LIKE 'valer.mange%'`.execute(handle.db);

    const all = await get(owner, '/api/brukere');
    expect(all.items).toHaveLength(100);
    expect(all).toMatchObject({ side: 1, perSide: 100 });
    expect(all.total).toBeGreaterThan(USERS);

    const third = await get<{ navn: string; roller: unknown[] }>(owner, '/api/brukere?q=brukersen&perSide=50&side=3');
    expect(third.total).toBe(USERS);
    expect(third.items.map((u) => u.navn)).toEqual(Array.from({ length: 50 }, (_, i) => `Mange Brukersen ${String(101 + i)}`));
    expect(third.items.every((u) => u.roller.length === 1)).toBe(true);

    expect((await get(owner, '/api/brukere?q=valer.mange&aktive=true')).total).toBe(USERS - 10);
    expect((await get(owner, '/api/brukere?q=mange&integrasjon=true')).total).toBe(5);
    // A search is a part of a name, not a pattern.
    expect((await get(owner, `/api/brukere?q=${encodeURIComponent('mange%brukersen')}`)).total).toBe(0);
    await refused(owner, '/api/brukere?perSide=501', 'perSide');
  });

  it('pages API tokens (revoked and expired ones stay listed) and one’s open sessions, newest first, with their totals', async () => {
    const role = owner.session.aktivRolleId!;
    await sql`INSERT INTO api_token (navn, token_hash, rolletildeling_id, utloper_dato, tilbakekalt_dato)
      SELECT 'Nøkkel ' || i, 'hash-' || i, ${role}, now() + interval '1 day', CASE WHEN i % 2 = 0 THEN now() END
      FROM generate_series(1, 120) AS i`.execute(handle.db);
    const tokens = await get(owner, '/api/api-tokens?perSide=50&side=3');
    expect(tokens).toMatchObject({ side: 3, perSide: 50, total: 120 });
    expect(tokens.items).toHaveLength(20);
    expect((await get(owner, '/api/api-tokens')).items).toHaveLength(100);
    // Past the end: no row to carry the total, still told.
    expect(await get(owner, '/api/api-tokens?perSide=50&side=4')).toMatchObject({ items: [], total: 120 });
    await refused(owner, '/api/api-tokens?perSide=501', 'perSide');

    await sql`INSERT INTO session (token_hash, bruker_id, csrf_token, utloper_dato, sist_brukt_dato)
      SELECT 'okt-' || i, ${owner.session.bruker.id}, 'csrf', now() + interval '1 day', now() - i * interval '1 minute'
      FROM generate_series(1, 60) AS i`.execute(handle.db);
    const sessions = await get<{ denne: boolean }>(owner, '/api/session/okter');
    expect(sessions).toMatchObject({ side: 1, perSide: 50, total: 61 });
    expect(sessions.items).toHaveLength(50);
    expect(sessions.items[0]!.denne).toBe(true); // the one in use now comes first
    expect((await get(owner, '/api/session/okter?side=2')).items).toHaveLength(11);
    await refused(owner, '/api/session/okter?perSide=201', 'perSide');
  });

  it('pages the reading log newest first, counted up to 10,000 with `flere`, and refuses a page beyond', async () => {
    const arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    await sql`INSERT INTO lesing_logg (organisasjon_id, objekt_type, objekt_id, tilgangskode, lest_av)
      SELECT ${orgId}, 'dokumentobjekt', gen_random_uuid(), 'P', ${arkivar.session.bruker.id}
      FROM generate_series(1, 10050)`.execute(handle.db);
    const first = await get<{ id: number }>(arkivar, '/api/lesinglogg?perSide=500');
    expect(first).toMatchObject({ side: 1, perSide: 500, total: 10_000, flere: true });
    expect(first.items[0]!.id).toBeGreaterThan(first.items[499]!.id);
    expect((await get(arkivar, '/api/lesinglogg?perSide=500&side=20')).items).toHaveLength(500);
    await refused(arkivar, '/api/lesinglogg?perSide=500&side=21', 'side');
    expect((await get(arkivar, '/api/lesinglogg')).items).toHaveLength(100);
  });

  it('pages a record’s documents in number order with the total', async () => {
    const arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    const sak = await arkivar.request('POST', '/api/saksmapper', { tittel: 'Mange vedlegg', primaerKlasse: { verdi: 'L42' } });
    const record = await arkivar.request('POST', `/api/saksmapper/${sak.json().id}/journalposter`, {
      journalposttype: 'I',
      tittel: 'Brev',
    });
    const id = record.json().id as string;
    await sql`INSERT INTO dokumentbeskrivelse (organisasjon_id, journalpost_id, dokumenttype, dokumentstatus, tittel,
        tilknyttet_registrering_som, dokumentnummer, tilknyttet_av, opprettet_av)
      SELECT ${orgId}, ${id}, 'B', 'F', 'Vedlegg ' || i, CASE WHEN i = 1 THEN 'H' ELSE 'V' END, i,
        ${arkivar.session.bruker.id}, ${arkivar.session.bruker.id}
      FROM generate_series(1, 120) AS i`.execute(handle.db);
    const third = await get<{ dokumentnummer: number }>(arkivar, `/api/journalposter/${id}/dokumenter?side=3`);
    expect(third).toMatchObject({ side: 3, perSide: 50, total: 120 });
    expect(third.items.map((d) => d.dokumentnummer)).toEqual(Array.from({ length: 20 }, (_, i) => 101 + i));
    await refused(arkivar, `/api/journalposter/${id}/dokumenter?perSide=201`, 'perSide');
  });

  it('pages the XX basket oldest first with the total, and filters the overdue in the database', async () => {
    const arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    const sak = (await arkivar.request('POST', '/api/saksmapper', { tittel: 'Sperret', primaerKlasse: { verdi: 'L42' } })).json();
    await sql`INSERT INTO journalpost (organisasjon_id, saksmappe_id, registreringstype, journalaar, journalsekvensnummer,
        journalpostnummer, journalposttype, journalstatus, journaldato, tittel, opprettet_av, tilgangskode)
      SELECT ${orgId}, ${sak.id}, 'journalpost', 2026, 500000 + i, i, 'I', 'J', '2026-03-01', 'Sperret ' || i,
        ${arkivar.session.bruker.id}, 'XX'
      FROM generate_series(1, 120) AS i`.execute(handle.db);
    const second = await get<{ journalpostId: string }>(arkivar, '/api/midlertidig-sperret?side=2');
    expect(second).toMatchObject({ side: 2, perSide: 100, total: 120 });
    expect(second.items).toHaveLength(20);
    // Blocked today: none is overdue yet.
    expect((await get(arkivar, '/api/midlertidig-sperret?forfalt=true')).total).toBe(0);
    await refused(arkivar, '/api/midlertidig-sperret?perSide=501', 'perSide');
  });

  it('caps the lists read whole where they are written (409 beyond), and their reads at the same number', async () => {
    const by = owner.session.bruker.id;
    const refusedWrite = async (url: string, body: unknown) => {
      const res = await owner.request('POST', url, body);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(409);
      expect(res.json().detail ?? res.body).toMatch(/høyst|at most/);
    };
    const listed = async (url: string) => (await get(owner, url)).items.length;

    await sql`INSERT INTO administrativ_enhet (organisasjon_id, kortnavn, navn)
      SELECT ${orgId}, 'E' || i, 'Enhet ' || i FROM generate_series(1, ${CAPS.enheter.max}::int) AS i`.execute(handle.db);
    await refusedWrite('/api/enheter', { kortnavn: 'NY', navn: 'Ny enhet' });
    expect(await listed('/api/enheter')).toBe(CAPS.enheter.max);

    await sql`INSERT INTO tilgangskode (organisasjon_id, kode, navn)
      SELECT ${orgId}, 'Z' || i, 'Kode ' || i FROM generate_series(1, ${CAPS.tilgangskoder.max}::int) AS i`.execute(handle.db);
    await refusedWrite('/api/tilgangskoder', { kode: 'NY', navn: 'Ny kode' });
    expect(await listed('/api/tilgangskoder')).toBe(CAPS.tilgangskoder.max);

    const system = await handle.db
      .selectFrom('klassifikasjonssystem')
      .select('id')
      .where('organisasjon_id', '=', orgId)
      .where('verdiformat', 'is', null)
      .executeTakeFirstOrThrow();
    await sql`INSERT INTO klasse (organisasjon_id, klassifikasjonssystem_id, klasse_id, tittel, opprettet_av)
      SELECT ${orgId}, ${system.id}, 'K' || i, 'Klasse ' || i, ${by} FROM generate_series(1, ${CAPS.klasser.max}::int) AS i`.execute(
      handle.db,
    );
    await refusedWrite(`/api/klassifikasjonssystemer/${system.id}/klasser`, { klasseId: 'NY1', tittel: 'Ny klasse' });
    expect(await listed(`/api/klassifikasjonssystemer/${system.id}/klasser`)).toBe(CAPS.klasser.max);

    const gruppe = (await owner.request('POST', '/api/tilgangsgrupper', { navn: 'Alle i kommunen' })).json().id as string;
    await sql`INSERT INTO bruker (brukernavn, navn) SELECT 'valer.medlem' || i, 'Medlem ' || i
      FROM generate_series(1, ${CAPS.medlemmer.max + 1}::int) AS i`.execute(handle.db);
    await sql`INSERT INTO rolletildeling (bruker_id, organisasjon_id, rolle)
      SELECT id, ${orgId}, 'SB' FROM bruker WHERE brukernavn LIKE 'valer.medlem%'`.execute(handle.db);
    await sql`INSERT INTO tilgangsgruppe_medlem (organisasjon_id, tilgangsgruppe_id, bruker_id, opprettet_av)
      SELECT ${orgId}, ${gruppe}, id, ${by} FROM bruker WHERE brukernavn LIKE 'valer.medlem%'
      ORDER BY brukernavn LIMIT ${CAPS.medlemmer.max}`.execute(handle.db);
    const outside = await handle.db
      .selectFrom('bruker')
      .select('id')
      .where('brukernavn', 'like', 'valer.medlem%')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('tilgangsgruppe_medlem as m').select('m.bruker_id').whereRef('m.bruker_id', '=', 'bruker.id'))),
      )
      .executeTakeFirstOrThrow();
    await refusedWrite(`/api/tilgangsgrupper/${gruppe}/medlemmer`, { brukerId: outside.id });
    expect(await listed(`/api/tilgangsgrupper/${gruppe}/medlemmer`)).toBe(CAPS.medlemmer.max);
  }, 120_000);
});
