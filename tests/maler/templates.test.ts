import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { readZip } from '../../src/office/zip.js';
import { buildDocx } from '../../src/office/docx-builder.js';
import { paragraphTexts } from '../../src/features/maler/domain/merge-xml.js';
import { MALTYPER } from '../../src/features/maler/domain/brevmal-kinds.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { postForm, tempDataDir } from '../documents/fixtures.js';
import { as, createCase, seedRecordsWorld, unitId } from '../records/records-world.js';

/** The body text of a DOCX, line breaks as newlines. */
function docxText(docx: Buffer): string {
  const xml = readZip(docx).get('word/document.xml')!.toString('utf8').replaceAll('<w:br/>', '<w:t>\n</w:t>');
  return paragraphTexts(xml).join('\n');
}

const templateForm = (fields: Record<string, string>, docx: Buffer, filename = 'mal.docx') => [
  ...Object.entries(fields).map(([name, value]) => ({ name, value })),
  { name: 'fil', file: { filename, body: docx } },
];

describe(`documents from templates (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let sb: Client;
  let sys: Client;
  let sakId: string;
  const templates = async (client: Client, query = '') => (await client.request('GET', `/api/maler${query}`)).json().items;
  const templateId = async (maltype: string) => (await templates(sb)).find((m: { maltype: string }) => m.maltype === maltype).id;
  const counts = async () => {
    const n = async (table: 'journalpost' | 'dokumentbeskrivelse') =>
      Number(
        (
          await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const last = await handle.db
      .selectFrom('nummerserie')
      .select((eb) => eb.fn.sum('siste').as('s'))
      .executeTakeFirstOrThrow();
    return { journalpost: await n('journalpost'), dokument: await n('dokumentbeskrivelse'), numbers: String(last.s) };
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    sys = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
    const sbCtx = await as(handle, 'valer', 'SB');
    sakId = (await createCase(sbCtx, { tittel: 'Gnr 12 bnr 5 – garasje', administrativEnhetId: await unitId(sbCtx, 'TEK') })).id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives each demo organisation an active default template of every kind and its letterhead', async () => {
    const kinds = (await templates(sb)).map((m: { maltype: string }) => m.maltype).sort();
    expect(kinds).toEqual([...MALTYPER].sort());
    expect((await sb.request('GET', '/api/brevhode')).json()).toMatchObject({ poststed: 'Våler i Solør', postnummer: '2436' });
    const forU = (await templates(sb, '?journalposttype=U')).map((m: { maltype: string }) => m.maltype).sort();
    expect(forU).toEqual(['brev', 'delegertVedtak', 'partsbrev']);
  });

  it('registers an outgoing letter with its merged DOCX as main document: case, record, parties, case worker, unit, letterhead', async () => {
    const res = await sb.request('POST', `/api/saksmapper/${sakId}/journalposter`, {
      journalposttype: 'U',
      tittel: 'Svar på søknad om garasje',
      dokumentetsDato: '2026-03-06',
      brevmalId: await templateId('brev'),
      korrespondanseparter: [
        { korrespondanseparttype: 'EM', navn: 'Kari Nordmann', postadresse: 'Storgata 1', postnummer: '2436', poststed: 'Våler i Solør' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const record = res.json();
    const docs = (await sb.request('GET', `/api/journalposter/${record.id}/dokumenter`)).json().items;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      dokumentnummer: 1,
      tilknyttetRegistreringSom: 'H',
      dokumenttype: 'B',
      dokumentstatus: 'B',
      tittel: 'Svar på søknad om garasje',
    });
    const objekt = docs[0].dokumentobjekter[0];
    expect(objekt).toMatchObject({ versjonsnummer: 1, variantformat: 'P', format: 'fmt/412' });
    expect(objekt.filnavn).toBe(`Brev ${record.journalpostId.replace('/', '-')}.docx`);
    const file = await sb.request('GET', `${objekt.filUrl}?download=1`);
    const text = docxText(file.rawPayload);
    const header = readZip(file.rawPayload).get('word/header1.xml')!.toString('utf8');
    expect(header).toContain('Våler kommune');
    for (const expected of [
      'Kari Nordmann\nStorgata 1\n2436 Våler i Solør',
      `Vår ref.: ${record.journalpostId} · Arkivkode: L42`,
      `Saksbehandler: ${record.saksbehandler.navn}`,
      'Dato: 06.03.2026',
      'Svar på søknad om garasje',
      record.administrativEnhet.navn,
      'Postadresse: Postboks 44, 2436 Våler i Solør',
      'Org.nr.: 964 947 260',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('{{');
  });

  it('makes an uploaded edited DOCX the next version of the document', async () => {
    const record = (
      await sb.request('POST', `/api/saksmapper/${sakId}/journalposter`, {
        journalposttype: 'N',
        tittel: 'Notat om garasjen',
        brevmalId: await templateId('notat'),
      })
    ).json();
    const [doc] = (await sb.request('GET', `/api/journalposter/${record.id}/dokumenter`)).json().items;
    expect(doc.dokumenttype).toBe('N');
    const edited = buildDocx({ body: [{ text: 'Redigert notat' }] });
    const res = await postForm(app, sb, `/api/dokumentbeskrivelser/${doc.id}/versjoner`, [
      { name: 'fil', file: { filename: 'notat.docx', body: edited } },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ versjonsnummer: 2, variantformat: 'P', format: 'fmt/412' });
  });

  it('refuses an own record without a template, with a template of the wrong kind or a deactivated one; nothing is stored, no number used', async () => {
    const before = await counts();
    const post = (body: object) => sb.request('POST', `/api/saksmapper/${sakId}/journalposter`, { tittel: 'Svar', ...body });
    for (const body of [
      { journalposttype: 'U' },
      { journalposttype: 'X' },
      { journalposttype: 'S' },
      { registreringstype: 'arkivnotat' },
    ]) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors[0].field).toBe('brevmalId');
    }
    const wrongKind = await post({ journalposttype: 'U', brevmalId: await templateId('notat') });
    expect(wrongKind.statusCode).toBe(422);
    expect(wrongKind.json()).toMatchObject({ code: 'TEMPLATE_DOES_NOT_FIT' });
    const incoming = await post({ journalposttype: 'I', brevmalId: await templateId('brev') });
    expect(incoming.json()).toMatchObject({ code: 'TEMPLATE_DOES_NOT_FIT' });
    expect(await counts()).toEqual(before);
  });

  it('registers a case paper (S) from the case-paper template with its proposal and decision sections', async () => {
    const res = await sb.request('POST', `/api/saksmapper/${sakId}/journalposter`, {
      journalposttype: 'S',
      tittel: 'Dispensasjon for garasje',
      brevmalId: await templateId('saksframlegg'),
    });
    expect(res.statusCode, res.body).toBe(201);
    const [doc] = (await sb.request('GET', `/api/journalposter/${res.json().id}/dokumenter`)).json().items;
    expect(doc.dokumenttype).toBe('SF');
    const text = docxText((await sb.request('GET', `${doc.dokumentobjekter[0].filUrl}?download=1`)).rawPayload);
    expect(text).toMatch(/^Forslag til vedtak$/m);
    expect(text).toMatch(/^Vedtak$/m);
  });

  it('lets the system owner upload, replace, deactivate and reactivate templates; a case worker only reads them', async () => {
    const docx = buildDocx({ body: [{ text: 'Til {{mottaker.navn}} fra {{organisasjon.navn}}' }] });
    expect((await postForm(app, sb, '/api/maler', templateForm({ navn: 'Eget brev', maltype: 'brev' }, docx))).statusCode).toBe(403);
    const created = await postForm(
      app,
      sys,
      '/api/maler',
      templateForm({ navn: 'Eget brev', maltype: 'brev', beskrivelse: 'Kort svarbrev' }, docx),
    );
    expect(created.statusCode, created.body).toBe(201);
    const mal = created.json();
    expect(mal).toMatchObject({
      navn: 'Eget brev',
      maltype: 'brev',
      aktiv: true,
      versjon: 1,
      flettefelt: ['mottaker.navn', 'organisasjon.navn'],
    });
    const again = await postForm(app, sys, '/api/maler', templateForm({ navn: 'Eget brev', maltype: 'brev' }, docx));
    expect(again.json()).toMatchObject({ code: 'ALREADY_EXISTS' });

    const replaced = await postForm(
      app,
      sys,
      `/api/maler/${mal.id}/fil`,
      templateForm({}, buildDocx({ body: [{ text: '{{sak.tittel}}' }] })),
    );
    expect(replaced.json()).toMatchObject({ versjon: 2, flettefelt: ['sak.tittel'] });
    const download = await sb.request('GET', `/api/maler/${mal.id}/fil`);
    expect(docxText(download.rawPayload)).toBe('{{sak.tittel}}');

    expect((await sb.request('PATCH', `/api/maler/${mal.id}`, { aktiv: false })).statusCode).toBe(403);
    expect((await sys.request('PATCH', `/api/maler/${mal.id}`, { aktiv: false })).json()).toMatchObject({ aktiv: false });
    expect((await templates(sb)).map((m: { id: string }) => m.id)).not.toContain(mal.id);
    expect((await templates(sys, '?medInaktive=true')).map((m: { id: string }) => m.id)).toContain(mal.id);
    expect((await sb.request('GET', '/api/maler?medInaktive=true')).statusCode).toBe(400);
    const deactivated = await sb.request('POST', `/api/saksmapper/${sakId}/journalposter`, {
      journalposttype: 'U',
      tittel: 'Svar',
      brevmalId: mal.id,
    });
    expect(deactivated.json()).toMatchObject({ code: 'TEMPLATE_DOES_NOT_FIT' });
    expect((await sys.request('PATCH', `/api/maler/${mal.id}`, { aktiv: true })).json()).toMatchObject({ aktiv: true });
  });

  it('refuses a template with an unknown merge field, a case paper without its sections, and a file that is no DOCX', async () => {
    const upload = (maltype: string, docx: Buffer) =>
      postForm(app, sys, '/api/maler', templateForm({ navn: `Feil ${Math.random()}`, maltype }, docx));
    const unknown = await upload('brev', buildDocx({ body: [{ text: '{{mottaker.fornavn}}' }] }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toContain('mottaker.fornavn');
    const paper = await upload('saksframlegg', buildDocx({ body: [{ text: 'Vedtak' }] }));
    expect(paper.json()).toMatchObject({ code: 'TEMPLATE_INVALID' });
    expect((await upload('brev', Buffer.from('%PDF-1.7 ikke en docx'))).json()).toMatchObject({ code: 'TEMPLATE_INVALID' });
    expect((await upload('ukjent', buildDocx({ body: [] }))).statusCode).toBe(400);
  });

  it("lists every merge field with its meaning and an example, and the kinds' rules", async () => {
    const body = (await sb.request('GET', '/api/maler/flettefelt')).json();
    const felt = body.items.find((f: { navn: string }) => f.navn === 'journalpost.referanse');
    expect(felt).toMatchObject({ gruppe: 'journalpost', eksempel: '2026/123-4' });
    expect(felt.nb).toContain('Vår referanse');
    expect(body.maltyper.find((k: { kode: string }) => k.kode === 'saksframlegg')).toMatchObject({
      journalposttyper: ['S'],
      seksjoner: ['Forslag til vedtak', 'Vedtak'],
    });
  });

  it("lets the system owner set the letterhead; others only read it; another organisation's template is not found", async () => {
    expect((await sb.request('PUT', '/api/brevhode', { telefon: '1' })).statusCode).toBe(403);
    const put = await sys.request('PUT', '/api/brevhode', {
      postadresse: 'Rådhuset',
      postnummer: '2436',
      poststed: 'Våler i Solør',
      telefon: '62 42 00 00',
    });
    expect(put.json()).toMatchObject({ postadresse: 'Rådhuset', epost: null });
    const grueSb = await loginAs(app, 'grue.saksbehandler', PASSWORD);
    const valerBrev = await templateId('brev');
    expect((await grueSb.request('GET', `/api/maler/${valerBrev}/fil`)).statusCode).toBe(404);
  });
});
