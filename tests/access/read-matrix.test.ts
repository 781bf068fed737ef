import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { tempDataDir } from '../documents/fixtures.js';
import { seedRecordsWorld } from '../records/records-world.js';
import { createTestApp, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { flatten } from '../../src/features/tilgang/domain/read-rule.js';
import { logInPeople, passwordOf } from './people.js';
import { expectedFile, fileOutcome, probeFor, READ_PROBES } from './read-probes.js';
import { buildReception } from './read-reception.js';
import { buildInnsynskrav } from './read-innsynskrav.js';
import {
  buildReadWorld,
  READ_PEOPLE,
  READ_RELATIONS,
  READERS_OF_A_SCREENED_CASE,
  READERS_OF_A_SCREENED_RECORD,
  secretsOf,
  sightOf,
  word,
  type Built,
  type ReadRelation,
  type ReadWorld,
} from './read-world.js';
import { readRoutes, uncoveredRoutes } from './route-table.js';

/*
 * THE READ MATRIX (issue 10). For every relation to a case (creator, owner,
 * the record's saksbehandler, internal contact, member of the case's group
 * and of another group, leaders of the unit, above it and elsewhere, archive,
 * read-only, system owner, a colleague and a meeting secretary without a
 * relation) × every scenario of screening (no code; U, P, E, S, XX on the
 * case; U on the record only; S on the document only; U on the record and S
 * for another group on its document) × every read path of the HTTP API, the screened fields are
 * exactly what the read rule (`hasFullAccess`) says, and no response names a
 * secret word its reader may not see. Read paths come from Fastify's route
 * table: a new GET route fails this test until it has a probe in
 * read-probes.ts or is named in NO_RECORD_CONTENT with a reason.
 */

/** GET routes that serve nothing of a case, record or document, and why. Those without parameters are still fetched by everyone and searched for secret words. */
const NO_RECORD_CONTENT: Record<string, string> = {
  'GET /api/health': 'health and demo status',
  'GET /api/openapi.json': 'the API description',
  'GET /api/docs': 'the API description (Swagger UI)',
  'GET /api/docs/': 'the API description (Swagger UI)',
  'GET /api/docs/*': 'the API description (Swagger UI files)',
  'GET /api/docs/json': 'the API description',
  'GET /api/docs/yaml': 'the API description',
  'GET /api/docs/static/index.html': 'the API description (Swagger UI)',
  'GET /api/docs/static/swagger-initializer.js': 'the API description (Swagger UI)',
  'GET /api/auth/oidc': 'whether OIDC login is on',
  'GET /api/auth/oidc/start': 'OIDC login: a redirect to the provider',
  'GET /api/auth/oidc/callback': 'OIDC login: the return from the provider',
  'GET /api/session': "one's own session and roles",
  'GET /api/session/okter': "one's own sessions",
  'GET /api/api-tokens': "API tokens: names, roles and dates, one's own (or the system owner's list)",
  'GET /api/sikker-sone/steg-opp': "whether one's own session has taken the secure zone's second step",
  'GET /api/enheter': 'organisation: units',
  'GET /api/brukere': 'organisation: users and their roles',
  'GET /api/brukere/:id/historikk': "organisation: the change log of a user's status and role assignments only (system owner)",
  'GET /api/kodelister': 'Noark code lists',
  // A job names its type, status and error; a text-extraction job a checksum and a format, never a title or the text.
  'GET /api/jobber': 'background jobs (system owner)',
  'GET /api/arkivbegrensning-grunner': "the organisation's reasons for arkivbegrensning",
  'GET /api/tilgangskoder': "the organisation's access codes and their legal basis",
  'GET /api/tilgangsgrupper': "the organisation's access groups",
  'GET /api/organisasjon/svarfrister': "the organisation's due-date periods for incoming post (two numbers)",
  'GET /api/organisasjon/arkivformater': "the organisation's approved archival formats (format identifiers, krav 2.7.9)",
  'GET /api/kassasjon/:objekttype/:id':
    "an object's disposal metadata: decision code, hjemmel, years and dates, never a title or content (archive only; tests/kassasjon)",
  'GET /api/arkiver': 'archive structure',
  'GET /api/arkivdeler': 'archive structure',
  'GET /api/klassifikasjonssystemer': 'archive structure',
  // An object value (a fødselsnummer, a gnr/bnr) is kept on the case only, never as a class.
  'GET /api/klassifikasjonssystemer/:id/klasser': 'archive structure: the classes of a subject key',
  // A notification names a task's kind, a record's number and who sent it, never a title (list-varsler.ts).
  'GET /api/varsler': "one's own notifications: kinds and numbers",
  'GET /api/varsler/innstilling': "one's own choice of e-mail notifications",
  'GET /api/arbeidslister': "the counts of one's own worklists",
  'GET /api/maler': "the organisation's document templates: names, kinds, the merge fields they use",
  'GET /api/maler/flettefelt': 'the merge fields and their meaning, with an invented example record',
  'GET /api/maler/:id/fil': "a template's DOCX: placeholders, never a record's content",
  'GET /api/brevhode': "the organisation's letterhead (address and contact lines)",
  // Counts per case worker (received, written off, outstanding, overdue), never a title.
  'GET /api/rapporter/maanedsoversikt': "the leader's month: counts per case worker",
  // The Noark 5 API's entry point, packages, system information and code lists (issue 16).
  'GET /noark5/v5/': 'Noark 5 API: the entry point (links only)',
  // Fastify answers a prefixed plugin's root without the slash too.
  'GET /noark5/v5': 'Noark 5 API: the entry point (links only)',
  'GET /noark5/v5/arkivstruktur/': 'Noark 5 API: the package (links only)',
  'GET /noark5/v5/sakarkiv/': 'Noark 5 API: the package (links only)',
  'GET /noark5/v5/metadata/': 'Noark 5 API: the package (links only)',
  'GET /noark5/v5/metadata/:kodeliste/': 'Noark 5 API: a code list',
  'GET /noark5/v5/admin/system/': 'Noark 5 API: product and protocol version',
  'GET /noark5/v5/.well-known/openid-configuration': 'Noark 5 API: the OpenID Connect discovery document (where the token endpoint is)',
  'GET /noark5/v5/.well-known/openid-configuration/': 'Noark 5 API: the OpenID Connect discovery document (where the token endpoint is)',
  'GET /noark5/v5/arkivstruktur/arkivdel/:id/ny-saksmappe/':
    "Noark 5 API: a new case's template (today, the role's status, unit and person)",
  'GET /noark5/v5/sakarkiv/saksmappe/:id/ny-journalpost/': "Noark 5 API: a new record's template (type I, today, the case's id)",
  ...Object.fromEntries(
    [
      ...['person', 'enhet', 'intern'].map((kind) => `registrering/:id/ny-korrespondansepart${kind}/`),
      'registrering/:id/ny-merknad/',
      'mappe/:id/ny-merknad/',
      'mappe/:id/ny-partperson/',
      'mappe/:id/ny-partenhet/',
    ].map((route) => [`GET /noark5/v5/arkivstruktur/${route}`, 'Noark 5 API: a new party’s or remark’s template (a default type at most)']),
  ),
  'GET /noark5/v5/arkivstruktur/arkiv/': 'Noark 5 API: archive structure',
  'GET /noark5/v5/arkivstruktur/arkiv/:id/': 'Noark 5 API: archive structure',
  'GET /noark5/v5/arkivstruktur/arkiv/:id/arkivdel/': 'Noark 5 API: archive structure',
  'GET /noark5/v5/arkivstruktur/arkivdel/': 'Noark 5 API: archive structure',
  'GET /noark5/v5/arkivstruktur/arkivdel/:id/': 'Noark 5 API: archive structure',
  'GET /noark5/v5/arkivstruktur/arkivdel/:id/klassifikasjonssystem/': 'Noark 5 API: archive structure',
  'GET /noark5/v5/arkivstruktur/klassifikasjonssystem/': 'Noark 5 API: archive structure',
  'GET /noark5/v5/arkivstruktur/klassifikasjonssystem/:id/': 'Noark 5 API: archive structure',
  // An object value (a fødselsnummer, a gnr/bnr) is kept on the case only, never as a class.
  'GET /noark5/v5/arkivstruktur/klassifikasjonssystem/:id/klasse/': 'Noark 5 API: archive structure (classes)',
  'GET /noark5/v5/arkivstruktur/klasse/:id/': 'Noark 5 API: archive structure (a class)',
  'GET /noark5/v5/arkivstruktur/klasse/:id/underklasse/': 'Noark 5 API: archive structure (classes)',
  'GET /*': 'the web client’s static files (when built)',
  // Fastify's route tree prints the static files' wildcard without its slash.
  'GET *': 'the web client’s static files (when built)',
};

/** Routes that exist only under some configuration: OIDC switched on, the web client built. */
const OPTIONAL = new Set(['GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback', 'GET /*', 'GET *']);

const routeOf = (label: string) => label.replace(/ \(.*\)$/, '');

/** Routes without parameters, except the API description (the same for everyone, built from the schemas, and slow to build). */
const fetchedByEveryone = (route: string) => !/[:*]/.test(route) && !/^GET \/api\/(docs|openapi)/.test(route);

describe(`the read matrix (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let clients: Record<ReadRelation, Client>;
  let world: ReadWorld;
  const sight = (r: ReadRelation) => (b: Built) => sightOf(world.readers[r], b);
  const scenario = (key: string) => world.built.find((b) => b.s.key === key)!;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    clients = await logInPeople(handle, app, READ_PEOPLE);
    world = await buildReadWorld({ handle, app, clients });
    await buildReception(app, clients);
    await buildInnsynskrav(handle, world);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('probes every read path of the route table, or names why it serves no record content', async () => {
    const routes = await readRoutes(app);
    expect(routes.length).toBeGreaterThan(20);
    const probed = READ_PROBES.map((p) => routeOf(p.route));
    expect(uncoveredRoutes(routes, probed, NO_RECORD_CONTENT, OPTIONAL)).toEqual({ notCovered: [], gone: [] });
  });

  it('asks the rule of seed 001 and issue 10 (who reads a screened case and record)', () => {
    const readers = (kind: 'case' | 'record') => READ_RELATIONS.filter((r) => sight(r)(scenario('uu'))[kind]).sort();
    expect(readers('case')).toEqual([...READERS_OF_A_SCREENED_CASE].sort());
    expect(readers('record')).toEqual([...READERS_OF_A_SCREENED_RECORD].sort());
    // And everyone reads what has no code.
    expect(READ_RELATIONS.filter((r) => !sight(r)(scenario('op')).record)).toEqual([]);
  });

  it("indexes each document under its own screening: the read rule's object for it, as the SQL twin reads it", async () => {
    const rows = await handle.db.selectFrom('sok_dokument').selectAll().execute();
    const set = (xs: readonly (string | null)[]) => [...new Set(xs.filter((x) => x !== null))].sort();
    for (const b of world.built) {
      const row = rows.find((r) => r.objekt_id === b.dokumentId);
      const want = flatten(b.objects.document);
      expect(
        row && { kode: row.tilgangskode, gruppe: row.tilgangsgruppe_id, personer: set(row.personer), enheter: set(row.enheter) },
      ).toEqual({
        kode: want.tilgangskode,
        gruppe: want.tilgangsgruppeId,
        personer: set(want.personer),
        enheter: set(want.enheter),
      });
    }
  });

  it('finds every secret word for the archive where the index holds it (so a count of 0 elsewhere means screened)', async () => {
    const wrong: string[] = [];
    for (const b of world.built) {
      for (const s of secretsOf(b.s).filter((x) => x.indexedIn.length > 0)) {
        const res = await clients.archivist.request('GET', `/api/sok?q=${encodeURIComponent(s.word)}`);
        const types = (res.json().items as { type: string }[]).map((h) => h.type).sort();
        if (JSON.stringify(types) !== JSON.stringify([...s.indexedIn].sort())) wrong.push(`${s.word}: ${types.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const relation of READ_RELATIONS) {
    it(`shows ${relation} exactly what the read rule allows, on every read path`, async () => {
      const wrong: string[] = [];
      const probe = probeFor(relation, clients[relation], world, sight(relation), wrong);
      for (const p of READ_PROBES.filter((x) => x.each === 'reader')) await p.run(probe, world.built[0]!);
      for (const b of world.built) for (const p of READ_PROBES.filter((x) => x.each === 'scenario')) await p.run(probe, b);
      // Routes that serve no record content: searched for secret words all the same.
      for (const route of Object.keys(NO_RECORD_CONTENT).filter(fetchedByEveryone)) await probe.get(route.slice(4));
      expect(wrong).toEqual([]);
      // Every read path of both APIs (the app's and Noark 5's) for every scenario: a few hundred requests.
    }, 240_000);
  }

  it('opens a secure-zone file after the second login step, and then only to readers with access', async () => {
    const b = world.built.find((x) => x.s.personsensitiv)!;
    const wrong: string[] = [];
    for (const relation of READ_RELATIONS) {
      const client = clients[relation];
      const step = await client.request('POST', '/api/sikker-sone/steg-opp', { passord: passwordOf(READ_PEOPLE[relation]) });
      expect(step.statusCode, step.body).toBe(200);
      const probe = probeFor(relation, client, world, sight(relation), wrong);
      const res = await probe.get(`/api/dokumentobjekter/${b.dokumentobjektId}/fil`);
      probe.check(`secure file after step-up`, fileOutcome(res, word(b.s, 'innhold')), expectedFile(probe, b, true));
      await client.request('DELETE', '/api/sikker-sone/steg-opp');
    }
    expect(wrong).toEqual([]);
  });

  it("writes the openings of a screened document's file to the reading log: by every reader with access, by no one else", async () => {
    // Every reader tried every file above (preview and download); the log is read from the table, not the capped API.
    const rows = await handle.db.selectFrom('lesing_logg').select(['objekt_id', 'lest_av']).execute();
    const got = world.built.flatMap((b) =>
      READ_RELATIONS.filter((r) => rows.some((x) => x.objekt_id === b.dokumentobjektId && x.lest_av === world.ids[r])).map(
        (r) => `${b.s.key}:${r}`,
      ),
    );
    const want = world.built
      .filter((b) => b.objects.document.tilgangskode !== null)
      .flatMap((b) => READ_RELATIONS.filter((r) => sight(r)(b).document).map((r) => `${b.s.key}:${r}`));
    expect(got).toEqual(want);
  });
});
