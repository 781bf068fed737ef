import fs from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { REL_BASE } from '../../src/features/noark5-api/protocol/links.js';
import { tempDataDir } from '../documents/fixtures.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { basicCaller, BASE, buildNoark5World, path, SECRET, sessionCaller, type Caller, type Noark5World } from './noark5-world.js';

/*
 * Conformance with the Noark 5 tjenestegrensesnitt, by the specification's
 * sections (tg-06, tg-07): from the root, every link is followed as each
 * role, and every answer is checked for the media type, the relation keys,
 * hrefs, templates, list envelopes and ETags. Then the protocol's refusals,
 * OData, and the read rule on the same objects.
 */

const MEDIA = 'application/vnd.noark5+json';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Crawl {
  visited: Map<string, Json>;
  wrong: string[];
}

/** Follows every link from the root (templates cut off), checking each answer against tg-06; files are checked apart. */
async function crawl(call: Caller, limit = 400): Promise<Crawl> {
  const visited = new Map<string, Json>();
  const wrong: string[] = [];
  const queue = [BASE];
  while (queue.length > 0 && visited.size < limit) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    const res = await call('GET', url);
    if (res.statusCode !== 200) {
      wrong.push(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      visited.set(url, {});
      continue;
    }
    if (!String(res.headers['content-type']).startsWith(MEDIA)) wrong.push(`${url}: content-type ${res.headers['content-type']}`);
    const body = res.json() as Json;
    visited.set(url, body);
    const isList = typeof body.count === 'number';
    if (!isList && !res.headers.etag) wrong.push(`${url}: object without ETag`);
    if (isList) {
      if (body.count > 0 && !Array.isArray(body.results)) wrong.push(`${url}: count ${body.count} without results`);
      if (body.count === 0 && 'results' in body) wrong.push(`${url}: empty list with results`);
    }
    const objects: Json[] = [body, ...(isList ? ((body.results as Json[] | undefined) ?? []) : [])];
    for (const o of objects) {
      const links = (o._links ?? {}) as Record<string, { href: string; templated?: boolean }>;
      // Code values in a code list are plain {kode, kodenavn}; every other object names itself.
      if (!links.self && (o === body || 'systemID' in o)) wrong.push(`${url}: an object without a self link`);
      const rels = Object.keys(links);
      if (JSON.stringify(rels) !== JSON.stringify([...rels].sort())) wrong.push(`${url}: _links not sorted by rel`);
      for (const [relation, link] of Object.entries(links)) {
        if (relation !== 'self' && relation !== 'next' && !(relation.startsWith(REL_BASE) && relation.endsWith('/'))) {
          wrong.push(`${url}: relation ${relation}`);
        }
        const templated = link.href.includes('{');
        if (templated !== (link.templated === true)) wrong.push(`${url}: ${relation} templated ${link.templated} for ${link.href}`);
        const plain = link.href.split('{')[0]!;
        if (relation !== 'next' && relation !== 'self' && !plain.endsWith('/')) wrong.push(`${url}: href without closing slash ${plain}`);
        if (relation.endsWith('/fil/') || relation === 'next') continue;
        if (relation.includes('/login/')) continue;
        const target = path(plain);
        if (target.startsWith(BASE) && !visited.has(target)) queue.push(target);
      }
    }
  }
  return { visited, wrong };
}

const kinds = (c: Crawl) =>
  [...c.visited.keys()]
    .map((u) => u.replace(/[0-9a-f-]{36}/g, ':id'))
    .filter((u, i, all) => all.indexOf(u) === i)
    .sort();

describe(`the Noark 5 API (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let world: Noark5World;
  let archivist: Caller;
  let reader: Caller;
  let anonymous: Caller;

  beforeAll(async () => {
    handle = await createTestDatabase();
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    world = await buildNoark5World(handle, app);
    archivist = sessionCaller(app, await loginAs(app, 'valer.arkivar', PASSWORD));
    // The read-only role over HTTP Basic: no session, the password on each request.
    reader = basicCaller(app, 'valer.lesetilgang');
    anonymous = basicCaller(app, null);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  describe('tg-06 «Oppkobling og ressurslenker»: the root', () => {
    it('tells an anonymous caller only how to log in', async () => {
      const res = await anonymous('GET', BASE);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain(MEDIA);
      const rels = Object.keys(res.json()._links);
      expect(rels.filter((r) => r !== 'self').every((r) => r.startsWith(`${REL_BASE}login/`))).toBe(true);
      expect(rels.length).toBeGreaterThan(1);
    });

    it('lists the packages to a logged-in caller, with the official relation keys', async () => {
      const res = await reader('GET', BASE);
      expect(Object.keys(res.json()._links)).toEqual([
        `${REL_BASE}admin/system/`,
        `${REL_BASE}arkivstruktur/`,
        `${REL_BASE}metadata/`,
        `${REL_BASE}sakarkiv/`,
        'self',
      ]);
    });

    it('refuses every other route to an anonymous caller with 401, WWW-Authenticate and the error body', async () => {
      for (const url of [
        `${BASE}arkivstruktur/`,
        `${BASE}sakarkiv/saksmappe/`,
        `${BASE}arkivstruktur/registrering/${world.journalpostId}/`,
      ]) {
        const res = await anonymous('GET', url);
        expect(res.statusCode, url).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/Basic realm=/);
        expect(res.json()).toEqual({ feil: { kode: 401, beskrivelse: expect.any(String) } });
      }
      const wrong = await basicCaller(app, 'valer.lesetilgang', 'feil')('GET', `${BASE}arkivstruktur/`);
      expect(wrong.statusCode).toBe(401);
      expect(wrong.headers['www-authenticate']).toMatch(/Basic realm=/);
    });
  });

  describe('every link from the root, as each role', () => {
    const expected = [
      `${BASE}arkivstruktur/arkiv/:id/`,
      `${BASE}arkivstruktur/arkivdel/:id/mappe/`,
      `${BASE}arkivstruktur/dokumentbeskrivelse/:id/`,
      `${BASE}arkivstruktur/dokumentbeskrivelse/:id/dokumentobjekt/`,
      `${BASE}arkivstruktur/dokumentobjekt/:id/`,
      `${BASE}arkivstruktur/klasse/:id/`,
      `${BASE}arkivstruktur/klassifikasjonssystem/:id/klasse/`,
      `${BASE}arkivstruktur/mappe/:id/registrering/`,
      `${BASE}arkivstruktur/registrering/:id/dokumentbeskrivelse/`,
      `${BASE}arkivstruktur/registrering/:id/korrespondansepart/`,
      `${BASE}arkivstruktur/korrespondansepartperson/:id/`,
      `${BASE}arkivstruktur/korrespondansepartenhet/:id/`,
      `${BASE}arkivstruktur/registrering/:id/merknad/`,
      `${BASE}arkivstruktur/mappe/:id/merknad/`,
      `${BASE}arkivstruktur/merknad/:id/`,
      `${BASE}arkivstruktur/mappe/:id/part/`,
      `${BASE}arkivstruktur/partperson/:id/`,
      `${BASE}arkivstruktur/partenhet/:id/`,
      `${BASE}metadata/saksstatus/`,
      `${BASE}sakarkiv/journalpost/:id/`,
      `${BASE}sakarkiv/saksmappe/:id/`,
    ];

    it('crawls as the archive (session cookie): every answer is well-formed and every resource kind is reached', async () => {
      const c = await crawl(archivist);
      expect(c.wrong).toEqual([]);
      expect(kinds(c)).toEqual(expect.arrayContaining(expected));
    });

    it('crawls as the read-only role (HTTP Basic): the same, and no secret word anywhere', async () => {
      const c = await crawl(reader);
      expect(c.wrong).toEqual([]);
      // The only units are the screened case's and record's: their identifiers hidden, the reader is shown them as persons.
      expect(kinds(c)).toEqual(expect.arrayContaining(expected.filter((k) => !k.includes('enhet/'))));
      expect(kinds(c).filter((k) => k.includes('enhet/'))).toEqual([]);
      const leaks = [...c.visited].filter(([, body]) => JSON.stringify(body).includes(SECRET)).map(([url]) => url);
      expect(leaks).toEqual([]);
    });
  });

  describe('tg-07: resources under the read rule', () => {
    it('shows a screened case and record in full to the archive, by their public titles to the read-only role', async () => {
      const url = `${BASE}sakarkiv/saksmappe/${world.screenedCaseId}/`;
      expect((await archivist('GET', url)).json().tittel).toBe(`Byggesak ${SECRET}`);
      const screened = (await reader('GET', url)).json();
      expect(screened.tittel).toBe('Byggesak');
      expect(screened.skjerming.tilgangsrestriksjon).toEqual({ kode: 'U', kodenavn: 'Unntatt fra offentlighet' });
      const record = (await reader('GET', `${BASE}sakarkiv/journalpost/${world.screenedJournalpostId}/`)).json();
      expect(record.tittel).toBe('Søknad');
    });

    it('writes the specification names and code objects', async () => {
      const body = (await archivist('GET', `${BASE}sakarkiv/saksmappe/${world.openCaseId}/`)).json();
      expect(body).toMatchObject({
        systemID: world.openCaseId,
        mappeID: expect.stringMatching(/^\d{4}\/\d+$/),
        saksstatus: { kode: 'B', kodenavn: 'Under behandling' },
        saksdato: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(body._links.self.href).toBe(body._links[`${REL_BASE}sakarkiv/saksmappe/`].href);
    });

    it('serves the file through the fil link to a reader with access, and refuses it without', async () => {
      const objekt = (await archivist('GET', `${BASE}arkivstruktur/dokumentobjekt/${world.dokumentobjektId}/`)).json();
      const fil = objekt._links[`${REL_BASE}arkivstruktur/fil/`].href as string;
      const res = await archivist('GET', fil, { headers: { accept: '*/*' } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('innhold soknad.txt');
      const hidden = (await reader('GET', `${BASE}arkivstruktur/dokumentobjekt/${world.screenedDokumentobjektId}/`)).json();
      expect(hidden._links[`${REL_BASE}arkivstruktur/fil/`]).toBeUndefined();
      const refused = await reader('GET', `${BASE}arkivstruktur/dokumentobjekt/${world.screenedDokumentobjektId}/referanseFil/`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().feil.kode).toBe(403);
    });
  });

  describe('tg-06 «Finne objekter»: OData', () => {
    const cases = (call: Caller, query: string) => call('GET', `${BASE}sakarkiv/saksmappe/?${query}`);
    const ids = (res: LightMyRequestResponse) => ((res.json().results ?? []) as Json[]).map((r) => r.systemID as string).sort();

    it('filters by the operators, and a screened field only for readers who see it', async () => {
      const f = (filter: string) => `$filter=${encodeURIComponent(filter)}`;
      expect(ids(await cases(archivist, f(`contains(tittel, '${SECRET}')`)))).toEqual([world.screenedCaseId]);
      const hidden = await cases(reader, f(`contains(tittel, '${SECRET}')`));
      expect(hidden.json().count).toBe(0);
      expect(ids(await cases(archivist, f("startswith(tittel, 'byggesak storgata')")))).toEqual([world.openCaseId]);
      expect(ids(await cases(archivist, f("endswith(tittel, 'gata 1') or skjerming/tilgangsrestriksjon/kode eq 'U'")))).toEqual(
        [world.openCaseId, world.screenedCaseId].sort(),
      );
      expect(ids(await cases(archivist, f("skjerming/tilgangsrestriksjon/kode eq null and saksstatus/kode ne 'A'")))).toEqual([
        world.openCaseId,
      ]);
      expect(ids(await cases(archivist, f(`not (systemID eq '${world.openCaseId}')`)))).toEqual([world.screenedCaseId]);
      expect(
        (await cases(archivist, f('saksdato ge 2000-01-01 and saksdato le 2999-12-31 and saksaar gt 1999 and saksaar lt 3000'))).json()
          .count,
      ).toBe(2);
    });

    it('pages with $top and $skip and a next link, and orders with $orderby', async () => {
      const first = (await cases(archivist, '$top=1&$orderby=sakssekvensnummer asc')).json();
      expect(first.count).toBe(2);
      expect(first.results).toHaveLength(1);
      const next = first._links.next.href as string;
      expect(next).toContain('$skip=1');
      const second = (await archivist('GET', next)).json();
      expect(second.results).toHaveLength(1);
      expect(second._links.next).toBeUndefined();
      expect(second.results[0].sakssekvensnummer).toBeGreaterThan(first.results[0].sakssekvensnummer);
    });

    it('answers a malformed or unsupported query with 400 and a message naming the problem', async () => {
      for (const [query, words] of [
        ['$filter=tittel eq', /verdi/],
        ["$filter=contains(tittel 'x')", /«,»/],
        ['$filter=ukjent eq 1', /ukjent/],
        ["$filter=saksaar eq 'x'", /typen number/],
        ['$filter=saksdato gt null', /null/],
        ['$orderby=tittel', /skjermet/],
        ['$top=-1', /\$top/],
        ['$filter=year(saksdato) eq 2020', /støttes ikke/],
      ] as const) {
        const res = await cases(archivist, query.replace(/ /g, '%20').replace(/'/g, '%27'));
        expect(res.statusCode, query).toBe(400);
        expect(res.json().feil.beskrivelse, query).toMatch(words);
      }
    });
  });

  describe('tg-06: the protocol', () => {
    it('gives every object an ETag and answers 304 to a client that holds it', async () => {
      const url = `${BASE}sakarkiv/journalpost/${world.journalpostId}/`;
      const res = await archivist('GET', url);
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
      expect((await archivist('GET', url, { headers: { 'if-none-match': res.headers.etag as string } })).statusCode).toBe(304);
    });

    it('refuses an Accept without the media type (406) and an unknown resource (404), in the error body', async () => {
      const refused = await archivist('GET', `${BASE}sakarkiv/`, { headers: { accept: 'text/html' } });
      expect(refused.statusCode).toBe(406);
      expect(refused.json().feil.kode).toBe(406);
      const missing = await archivist('GET', `${BASE}sakarkiv/ukjent/`);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().feil.kode).toBe(404);
      const notAnId = await archivist('GET', `${BASE}sakarkiv/saksmappe/123/`);
      expect(notAnId.statusCode).toBe(404);
    });

    it('answers a CORS preflight on every route, and carries CORS headers on answers and errors', async () => {
      for (const url of [
        BASE,
        `${BASE}sakarkiv/saksmappe/`,
        `${BASE}arkivstruktur/registrering/${world.journalpostId}/`,
        `${BASE}ukjent/`,
      ]) {
        const res = await anonymous('OPTIONS', url, {
          headers: {
            origin: 'https://klient.example',
            'access-control-request-method': 'PUT',
            'access-control-request-headers': 'authorization, if-match',
          },
        });
        expect(res.statusCode, url).toBe(204);
        expect(res.headers['access-control-allow-origin']).toBe('*');
        expect(res.headers['access-control-allow-headers']).toMatch(/If-Match/);
      }
      expect((await anonymous('GET', `${BASE}sakarkiv/`)).headers['access-control-allow-origin']).toBe('*');
      expect((await archivist('GET', BASE)).headers['access-control-expose-headers']).toMatch(/ETag/);
    });
  });
});
