import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { REL_BASE } from '../../src/features/noark5-api/protocol/links.js';
import { documentForm, postForm, tempDataDir } from '../documents/fixtures.js';
import { inTenant } from '../../src/db/tenant.js';
import { as, FNR, seedRecordsWorld } from '../records/records-world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { basicCaller, BASE, sessionCaller, type Caller } from './noark5-world.js';

/*
 * tg-06 «Opprette objekter» and «Oppdatere objekter»: a case through the
 * arkivdel's ny-saksmappe link, a record through the case's ny-journalpost
 * link (GET the template, POST), then PUT with the ETag (412 when stale, 428
 * without), each through the app's use cases and rules.
 */

const NOARK5 = 'application/vnd.noark5+json';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const link = (body: Json, relation: string) => body._links[`${REL_BASE}${relation}/`]?.href as string | undefined;

describe(`creating and changing through the Noark 5 API (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let archivist: Caller;
  let reader: Caller;
  let sakarkiv: Json;
  let session: Client;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    session = await loginAs(app, 'valer.arkivar', PASSWORD);
    archivist = sessionCaller(app, session);
    reader = basicCaller(app, 'valer.lesetilgang');
    const deler = (
      await archivist('GET', `${BASE}arkivstruktur/arkivdel/?$filter=${encodeURIComponent("startswith(tittel, 'Sakarkiv')")}`)
    ).json();
    sakarkiv = deler.results[0];
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (call: Caller, url: string, body: unknown) => call('POST', url, { body, headers: { 'content-type': NOARK5 } });

  it('offers ny-saksmappe to a role that may create a case, not to the read-only role', async () => {
    expect(link(sakarkiv, 'sakarkiv/ny-saksmappe')).toBeDefined();
    const asReader = (await reader('GET', `${BASE}arkivstruktur/arkivdel/${sakarkiv.systemID}/`)).json();
    expect(link(asReader, 'sakarkiv/ny-saksmappe')).toBeUndefined();
  });

  it('creates a case and a record through the links, numbered and with statuses as in the app', async () => {
    const ny = link(sakarkiv, 'sakarkiv/ny-saksmappe')!;
    const template = await archivist('GET', ny);
    expect(template.statusCode).toBe(200);
    expect(template.json()).toMatchObject({ saksdato: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), saksstatus: { kode: 'B' } });

    const res = await post(archivist, ny, { tittel: 'Tilbygg Storgata 2', klasse: { klasseID: 'L42' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toContain(NOARK5);
    expect(res.headers.etag).toBeDefined();
    const sak = res.json();
    expect(res.headers.location).toBe(sak._links.self.href);
    expect(sak).toMatchObject({ tittel: 'Tilbygg Storgata 2', mappeID: expect.stringMatching(/^\d{4}\/1$/), saksstatus: { kode: 'B' } });

    const nyJp = link(sak, 'sakarkiv/ny-journalpost')!;
    expect((await archivist('GET', nyJp)).json().journalposttype).toEqual({ kode: 'I', kodenavn: 'Inngående dokument' });
    const jp = await post(archivist, nyJp, { journalposttype: { kode: 'I' }, tittel: 'Søknad om tilbygg', dokumentetsDato: '2026-11-30' });
    expect(jp.statusCode, jp.body).toBe(201);
    expect(jp.json()).toMatchObject({ tittel: 'Søknad om tilbygg', journalpostnummer: 1, dokumentetsDato: '2026-11-30' });
    const records = (await archivist('GET', `${BASE}arkivstruktur/mappe/${sak.systemID}/registrering/`)).json();
    expect(records.count).toBe(1);
  });

  it('refuses a body that does not fit with 400 naming the field, an own record with 501, and stores nothing', async () => {
    const ny = link(sakarkiv, 'sakarkiv/ny-saksmappe')!;
    const before = (await archivist('GET', `${BASE}sakarkiv/saksmappe/`)).json().count;
    const bad = await post(archivist, ny, { tittel: '', saksdato: '2026-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().feil.beskrivelse).toMatch(/tittel/);
    expect(bad.json().feil.beskrivelse).toMatch(/saksdato/);
    const wrongClass = await post(archivist, ny, { tittel: 'Sak', klasse: { klasseID: 'ZZZ' } });
    expect(wrongClass.statusCode).toBe(400);
    expect((await archivist('GET', `${BASE}sakarkiv/saksmappe/`)).json().count).toBe(before);

    const sak = (await post(archivist, ny, { tittel: 'Sak for utgående', klasse: { klasseID: 'L42' } })).json();
    const own = await post(archivist, link(sak, 'sakarkiv/ny-journalpost')!, { journalposttype: { kode: 'U' }, tittel: 'Svar' });
    expect(own.statusCode).toBe(501);
    expect((await archivist('GET', `${BASE}arkivstruktur/mappe/${sak.systemID}/registrering/`)).json().count).toBe(0);
  });

  it('changes a case with PUT and its ETag; a stale ETag gets 412, none 428, a reader without the right 403', async () => {
    const ny = link(sakarkiv, 'sakarkiv/ny-saksmappe')!;
    const sak = (await post(archivist, ny, { tittel: 'Før endring', klasse: { klasseID: 'L42' } })).json();
    const url = sak._links.self.href as string;
    const first = await archivist('GET', url);
    const etag = first.headers.etag as string;
    const put = (call: Caller, body: Json, tag?: string) =>
      call('PUT', url, { body, headers: { 'content-type': NOARK5, ...(tag ? { 'if-match': tag } : {}) } });

    expect((await put(archivist, { ...first.json(), tittel: 'Etter endring' })).statusCode).toBe(428);
    const changed = await put(archivist, { ...first.json(), tittel: 'Etter endring' }, etag);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().tittel).toBe('Etter endring');
    expect(changed.headers.etag).not.toBe(etag);

    const stale = await put(archivist, { ...first.json(), tittel: 'Tapt oppdatering' }, etag);
    expect(stale.statusCode).toBe(412);
    expect(stale.json().feil.kode).toBe(412);
    expect((await archivist('GET', url)).json().tittel).toBe('Etter endring');

    const asReader = await reader('GET', url);
    const refused = await put(reader, { ...asReader.json(), tittel: 'Lesers endring' }, asReader.headers.etag as string);
    expect(refused.statusCode).toBe(403);
    expect((await archivist('GET', url)).json().tittel).toBe('Etter endring');
  });

  it('changes a record with PUT and its ETag through the same check (428, 412), only what differs changed and logged', async () => {
    const ny = link(sakarkiv, 'sakarkiv/ny-saksmappe')!;
    const sak = (await post(archivist, ny, { tittel: 'Sak med journalpost', klasse: { klasseID: 'L42' } })).json();
    const jp = (
      await post(archivist, link(sak, 'sakarkiv/ny-journalpost')!, {
        journalposttype: { kode: 'I' },
        tittel: 'Før endring',
        mottattDato: '2026-11-30T10:00:00+01:00',
      })
    ).json();
    const url = jp._links.self.href as string;
    const first = await archivist('GET', url);
    const put = (body: Json, tag?: string) =>
      archivist('PUT', url, { body, headers: { 'content-type': NOARK5, ...(tag ? { 'if-match': tag } : {}) } });

    expect((await put({ ...first.json(), tittel: 'Etter' })).statusCode).toBe(428);
    // The date-time echoed with another offset is the same instant: not a change.
    const done = await put({ ...first.json(), tittel: 'Etter', mottattDato: '2026-11-30T09:00:00Z' }, first.headers.etag as string);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().tittel).toBe('Etter');
    expect((await put({ ...first.json(), tittel: 'Tapt' }, first.headers.etag as string)).statusCode).toBe(412);
    const retype = await put({ ...done.json(), journalposttype: { kode: 'N' } }, done.headers.etag as string);
    expect(retype.statusCode).toBe(400);

    // Only what differed is changed, and logged.
    const ark = await as(handle, 'valer', 'ARK');
    const log = await inTenant(ark, (tx) =>
      tx.selectFrom('endringslogg').select(['felt', 'ny_verdi']).where('objekt_id', '=', jp.systemID).execute(),
    );
    expect(log).toContainEqual({ felt: 'tittel', ny_verdi: 'Etter' });
    expect(log.map((l) => l.felt)).not.toContain('mottatt_dato');

    const asReader = await reader('GET', url);
    const refused = await reader('PUT', url, {
      body: { ...(asReader.json() as Json), tittel: 'Lesers' },
      headers: { 'content-type': NOARK5, 'if-match': asReader.headers.etag as string },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('changes a document description with PUT and its ETag through the same check; a field the use case does not change is refused', async () => {
    const ny = link(sakarkiv, 'sakarkiv/ny-saksmappe')!;
    const sak = (await post(archivist, ny, { tittel: 'Sak med dokument', klasse: { klasseID: 'L42' } })).json();
    const jp = (await post(archivist, link(sak, 'sakarkiv/ny-journalpost')!, { journalposttype: { kode: 'I' }, tittel: 'Brev' })).json();
    const up = await postForm(app, session, `/api/journalposter/${jp.systemID}/dokumenter`, documentForm('brev.txt', Buffer.from('brev')));
    expect(up.statusCode, up.body).toBe(201);
    const url = `${BASE}arkivstruktur/dokumentbeskrivelse/${up.json().id}/`;
    const first = await archivist('GET', url);
    const put = (body: Json, tag?: string) =>
      archivist('PUT', url, { body, headers: { 'content-type': NOARK5, ...(tag ? { 'if-match': tag } : {}) } });
    expect((await put({ ...first.json(), tittel: 'Nytt' })).statusCode).toBe(428);
    expect((await put({ ...first.json(), beskrivelse: 'Ny beskrivelse' }, first.headers.etag as string)).statusCode).toBe(400);
    const done = await put({ ...first.json(), tittel: 'Nytt' }, first.headers.etag as string);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().tittel).toBe('Nytt');
    expect((await put({ ...first.json(), tittel: 'Tapt' }, first.headers.etag as string)).statusCode).toBe(412);
  });

  /** Creates through a ny-* link found on `parent`: the template first (200, the media type), then the POST (201, Location, ETag). */
  async function createVia(parent: Json, relation: string, body: Json) {
    const ny = link(parent, relation);
    expect(ny, relation).toBeDefined();
    const template = await archivist('GET', ny!);
    expect(template.statusCode, template.body).toBe(200);
    expect(template.headers['content-type']).toContain(NOARK5);
    const res = await post(archivist, ny!, { ...(template.json() as Json), _links: undefined, ...body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toContain(NOARK5);
    const created = res.json();
    expect(res.headers.location).toBe(created._links.self.href);
    // The object read back is the one answered, with the same ETag.
    const again = await archivist('GET', res.headers.location as string);
    expect(again.json()).toEqual(created);
    expect(again.headers.etag).toBe(res.headers.etag);
    return created as Json;
  }

  it('adds correspondence parties (person, enhet, intern) and a remark to a record through its ny-* links, values round-tripped', async () => {
    const sak = (
      await post(archivist, link(sakarkiv, 'sakarkiv/ny-saksmappe')!, { tittel: 'Sak med parter', klasse: { klasseID: 'L42' } })
    ).json();
    const jp = (await post(archivist, link(sak, 'sakarkiv/ny-journalpost')!, { journalposttype: { kode: 'I' }, tittel: 'Søknad' })).json();
    const template = (await archivist('GET', link(jp, 'arkivstruktur/ny-korrespondansepartperson')!)).json();
    expect(template.korrespondanseparttype).toEqual({ kode: 'EA', kodenavn: 'Avsender' });

    const adresse = { adresselinje1: 'Storgata 2', adresselinje2: 'Oppgang B', postnr: '2436', poststed: 'Våler i Solør', landkode: 'NO' };
    const person = await createVia(jp, 'arkivstruktur/ny-korrespondansepartperson', {
      navn: 'Kari Nordmann',
      personidentifikator: [{ foedselsnummer: FNR[0] }],
      postadresse: adresse,
      kontaktinformasjon: { epostadresse: 'kari@example.no', telefon: '99887766' },
    });
    expect(person).toMatchObject({
      korrespondanseparttype: { kode: 'EA' },
      navn: 'Kari Nordmann',
      personidentifikator: [{ foedselsnummer: FNR[0] }],
      postadresse: adresse,
      kontaktinformasjon: { epostadresse: 'kari@example.no', telefon: '99887766' },
    });
    expect(link(person, 'arkivstruktur/korrespondansepartperson')).toBe(person._links.self.href);

    const enhet = await createVia(jp, 'arkivstruktur/ny-korrespondansepartenhet', {
      korrespondanseparttype: { kode: 'EK' },
      navn: 'Byggmester AS',
      enhetsidentifikator: { organisasjonsnummer: '974760673' },
      kontaktperson: 'Per Byggmester',
    });
    expect(enhet).toMatchObject({
      navn: 'Byggmester AS',
      enhetsidentifikator: { organisasjonsnummer: '974760673' },
      kontaktperson: 'Per Byggmester',
    });
    expect(enhet._links.self.href).toContain('/arkivstruktur/korrespondansepartenhet/');

    const intern = await createVia(jp, 'arkivstruktur/ny-korrespondansepartintern', {
      korrespondanseparttype: { kode: 'IK' },
      administrativEnhet: 'Byggesak',
    });
    expect(intern).toMatchObject({ korrespondanseparttype: { kode: 'IK' }, administrativEnhet: 'Byggesak' });

    const merknad = await createVia(jp, 'arkivstruktur/ny-merknad', { merknadstekst: 'Ring søker', merknadstype: { kode: 'Oppfølging' } });
    expect(merknad).toMatchObject({
      merknadstekst: 'Ring søker',
      merknadstype: { kode: 'Oppfølging' },
      merknadsdato: expect.any(String),
      merknadRegistrertAv: expect.any(String),
      referanseMerknadRegistrertAv: session.session.bruker.id,
    });

    // The record's lists hold them, a page at a time.
    const parter = (await archivist('GET', link(jp, 'arkivstruktur/korrespondansepart')!.split('{')[0]!)).json();
    expect(parter.count).toBe(3);
    const page = (await archivist('GET', `${link(jp, 'arkivstruktur/korrespondansepart')!.split('{')[0]}?$top=2&$skip=2`)).json();
    expect(page.results.map((p: Json) => p.systemID)).toEqual([intern.systemID]);
    expect((await archivist('GET', link(jp, 'arkivstruktur/merknad')!.split('{')[0]!)).json().count).toBe(1);
    const single = await archivist('GET', person._links.self.href);
    expect(
      (await archivist('GET', person._links.self.href, { headers: { 'if-none-match': single.headers.etag as string } })).statusCode,
    ).toBe(304);

    // A body that does not fit: 400 naming the field, nothing stored.
    const bad = await post(archivist, link(jp, 'arkivstruktur/ny-korrespondansepartperson')!, {
      korrespondanseparttype: { kode: 'XX' },
      navn: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().feil.beskrivelse).toMatch(/korrespondanseparttype/);
    expect(bad.json().feil.beskrivelse).toMatch(/navn/);
    const fnr = await post(archivist, link(jp, 'arkivstruktur/ny-korrespondansepartperson')!, {
      korrespondanseparttype: { kode: 'EA' },
      navn: 'Feil',
      personidentifikator: [{ foedselsnummer: '12345678901' }],
    });
    expect(fnr.statusCode).toBe(400);
    expect((await archivist('GET', link(jp, 'arkivstruktur/korrespondansepart')!.split('{')[0]!)).json().count).toBe(3);

    // The read-only role is offered none of the links, and is refused the POST by the change rule.
    const asReader = (await reader('GET', jp._links.self.href)).json();
    expect(Object.keys(asReader._links).filter((r) => r.includes('/ny-'))).toEqual([]);
    const refused = await post(reader, link(jp, 'arkivstruktur/ny-merknad')!, { merknadstekst: 'Lesers merknad' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().feil.kode).toBe(403);
  });

  it('adds parts (person, enhet) and a remark to a case through its ny-* links', async () => {
    const sak = (
      await post(archivist, link(sakarkiv, 'sakarkiv/ny-saksmappe')!, { tittel: 'Sak med part', klasse: { klasseID: 'L42' } })
    ).json();
    const person = await createVia(sak, 'arkivstruktur/ny-partperson', {
      partRolle: { kode: 'Søker' },
      navn: 'Ola Nordmann',
      personidentifikator: [{ foedselsnummer: FNR[1] }],
      postadresse: { adresselinje1: 'Kirkeveien 1', postnr: '2436', poststed: 'Våler i Solør' },
    });
    expect(person).toMatchObject({
      partRolle: { kode: 'Søker' },
      navn: 'Ola Nordmann',
      personidentifikator: [{ foedselsnummer: FNR[1] }],
      postadresse: { adresselinje1: 'Kirkeveien 1', postnr: '2436', poststed: 'Våler i Solør' },
    });
    const enhet = await createVia(sak, 'arkivstruktur/ny-partenhet', {
      partRolle: { kode: 'Tiltakshaver' },
      navn: 'Utbygger AS',
      enhetsidentifikator: { organisasjonsnummer: '974760673' },
      kontaktinformasjon: { epostadresse: 'post@utbygger.no' },
    });
    expect(enhet).toMatchObject({ navn: 'Utbygger AS', enhetsidentifikator: { organisasjonsnummer: '974760673' } });
    expect(enhet._links.self.href).toContain('/arkivstruktur/partenhet/');
    const merknad = await createVia(sak, 'arkivstruktur/ny-merknad', { merknadstekst: 'Befaring avtalt' });
    expect(link(merknad, 'arkivstruktur/mappe')).toBe(sak._links.self.href.replace('/sakarkiv/saksmappe/', '/arkivstruktur/mappe/'));

    const now = (await archivist('GET', sak._links.self.href)).json();
    expect((await archivist('GET', link(now, 'arkivstruktur/part')!.split('{')[0]!)).json().count).toBe(2);
    expect((await archivist('GET', link(now, 'arkivstruktur/merknad')!.split('{')[0]!)).json().count).toBe(1);
    const asReader = (await reader('GET', sak._links.self.href)).json();
    expect(Object.keys(asReader._links).filter((r) => r.includes('/ny-'))).toEqual([]);
    expect((await post(reader, link(now, 'arkivstruktur/ny-partperson')!, { partRolle: { kode: 'Søker' }, navn: 'X' })).statusCode).toBe(
      403,
    );
  });
});
