import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { listFiles, postForm, tempDataDir, type FormPart } from '../documents/fixtures.js';
import { seedRecordsWorld } from '../records/records-world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { composeEml } from './mail-fixtures.js';

const pdf = async (text: string) => Buffer.from(await makePdf(text));
const file = (name: string, body: Buffer, contentType = 'application/pdf'): FormPart => ({
  name: 'filer',
  file: { filename: name, body, contentType },
});
const field = (name: string, value: string): FormPart => ({ name, value });
/** A scan of `pages` pages (50 lines a page). */
const scan = (pages: number) => pdf(Array.from({ length: pages * 50 }, (_, i) => `Linje ${i + 1}`).join('\n'));
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(4096, 1)]);

describe(`intake channels over HTTP (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let ark: Client;
  let sb: Client;
  let centre: Client;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    ark = await loginAs(app, 'valer.arkivar', PASSWORD);
    sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    centre = await loginAs(app, 'dokumentsenter', PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const stored = () => listFiles(path.join(dataDir, 'files')).filter((f) => !f.split(path.sep).includes('tmp'));

  it('takes several scanned letters at once, one item each, and gives the same items back as duplicates the second time', async () => {
    const parts = [file('scan0001.pdf', await pdf('Brev en')), file('scan0002.pdf', await pdf('Brev to'))];
    const first = await postForm(app, ark, '/api/mottak/skanning', parts);
    expect(first.statusCode, first.body).toBe(201);
    const items = first.json().items as {
      duplikat: boolean;
      mottak: { id: string; kanal: string; tittelUklar: boolean; antallFiler: number };
    }[];
    expect(items.map((i) => [i.duplikat, i.mottak.kanal, i.mottak.tittelUklar, i.mottak.antallFiler])).toEqual([
      [false, 'skanning', true, 1],
      [false, 'skanning', true, 1],
    ]);
    const again = await postForm(app, ark, '/api/mottak/skanning', parts);
    expect(again.statusCode).toBe(200);
    expect(again.json().items.map((i: { duplikat: boolean; mottak: { id: string } }) => [i.duplikat, i.mottak.id])).toEqual(
      items.map((i) => [true, i.mottak.id]),
    );
  });

  it('takes one letter with attachments, in order', async () => {
    const res = await postForm(app, ark, '/api/mottak/skanning', [
      field('modus', 'samlet'),
      file('brev.pdf', await pdf('Brevet')),
      file('vedlegg.pdf', await pdf('Vedlegget')),
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const item = (await ark.request('GET', `/api/mottak/${res.json().items[0].mottak.id}`)).json();
    expect(item.filer.map((f: { nummer: number; tittel: string; filnavn: string }) => [f.nummer, f.tittel, f.filnavn])).toEqual([
      [1, 'Brev', 'brev.pdf'],
      [2, 'Vedlegg 1', 'vedlegg.pdf'],
    ]);
  });

  it('splits a scan of several letters by page ranges and keeps the whole scan as their original', async () => {
    const whole = await scan(5);
    const res = await postForm(app, ark, '/api/mottak/skanning', [field('sider', '1-2; 3-5'), file('bunke.pdf', whole)]);
    expect(res.statusCode, res.body).toBe(201);
    const ids = res.json().items.map((i: { mottak: { id: string } }) => i.mottak.id);
    expect(ids).toHaveLength(2);
    const { PDFDocument } = await import('pdf-lib');
    const pages = [];
    for (const id of ids) {
      const item = (await ark.request('GET', `/api/mottak/${id}`)).json();
      const content = await ark.request('GET', `/api/mottak-filer/${item.filer[0].id}/fil`);
      expect(content.headers['content-disposition']).toMatch(/^inline/);
      pages.push((await PDFDocument.load(content.rawPayload)).getPageCount());
      expect((await ark.request('GET', `/api/mottak/${id}/original`)).rawPayload.equals(whole)).toBe(true);
    }
    expect(pages).toEqual([2, 3]);
    // The same scan split the same way again: the same letters.
    const again = await postForm(app, ark, '/api/mottak/skanning', [field('sider', '1-2; 3-5'), file('bunke.pdf', whole)]);
    expect(again.json().items.map((i: { duplikat: boolean }) => i.duplikat)).toEqual([true, true]);
    const bad = await postForm(app, ark, '/api/mottak/skanning', [field('sider', '1-2; 4-5'), file('bunke2.pdf', await scan(5))]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/side 3 er ikke med i noe brev/);
  });

  it('refuses a 0-byte PDF and an executable named .pdf by their content, clearly, storing nothing', async () => {
    const before = stored();
    const empty = await postForm(app, ark, '/api/mottak/skanning', [
      file('ok.pdf', await pdf('Et brev som ikke skal bli lagret')),
      file('tom.pdf', Buffer.alloc(0)),
    ]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toMatch(/«tom\.pdf».*tom/);
    const exe = await postForm(app, ark, '/api/mottak/skanning', [file('faktura.pdf', EXE)]);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().detail).toMatch(/«faktura\.pdf» er ikke en PDF eller et bilde/);
    expect(stored()).toEqual(before);
  });

  it('imports .eml files, refusing a file that is not an e-mail by its content', async () => {
    const eml = await composeEml({ subject: 'Søknad om tilskudd', messageId: '<eml-http-1@example.no>', text: 'Søknad' });
    const res = await postForm(app, ark, '/api/mottak/epost', [file('soknad.eml', eml, 'message/rfc822')]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items[0].mottak).toMatchObject({
      kanal: 'epost',
      avsender: { navn: 'Ola Nordmann', epost: 'ola.nordmann@example.no' },
    });
    const exe = await postForm(app, ark, '/api/mottak/epost', [file('melding.eml', EXE, 'message/rfc822')]);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().detail).toMatch(/«melding\.eml» er ikke en e-post/);
  });

  it('takes post from other systems through the API, from any role, once per external id', async () => {
    const parts = [
      field('tittel', 'Søknad om parkeringstillatelse'),
      field('avsenderNavn', 'Kari Nordmann'),
      field('eksternId', 'skjema-4711'),
      file('skjema.pdf', await pdf('Skjema')),
    ];
    const first = await postForm(app, sb, '/api/mottak/api', parts);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().items[0].mottak).toMatchObject({ kanal: 'api', tittel: 'Søknad om parkeringstillatelse', tittelUklar: false });
    const again = await postForm(app, sb, '/api/mottak/api', [
      field('tittel', 'Søknad om parkeringstillatelse'),
      field('eksternId', 'skjema-4711'),
      file('skjema.pdf', await pdf('Skjema, sendt igjen')),
    ]);
    expect(again.statusCode).toBe(200);
    expect(again.json().items[0]).toMatchObject({ duplikat: true, mottak: { id: first.json().items[0].mottak.id } });
    const exe = await postForm(app, sb, '/api/mottak/api', [field('tittel', 'Virus'), file('skjema.pdf', EXE)]);
    expect(exe.statusCode).toBe(400);
  });

  it('shows the queue to the archive only, oldest first', async () => {
    const queue = await ark.request('GET', '/api/mottak');
    expect(queue.statusCode).toBe(200);
    const times = queue.json().items.map((i: { mottattDato: string }) => i.mottattDato);
    expect(times).toEqual([...times].sort());
    expect(queue.json().total).toBeGreaterThan(5);
    // A page past the end has no row to carry the total, yet still says it.
    const past = (await ark.request('GET', '/api/mottak?side=1000')).json();
    expect([past.items, past.total]).toEqual([[], queue.json().total]);
    for (const url of ['/api/mottak', '/api/mottak/alle-organisasjoner', `/api/mottak/${queue.json().items[0].id}`]) {
      const refused = await sb.request('GET', url);
      expect(refused.statusCode, url).toBe(403);
    }
  });

  it("shows a document centre's archivist the queues of all its organisations together", async () => {
    await centre.switchTo('asnes', 'ARK');
    expect((await postForm(app, centre, '/api/mottak/skanning', [file('asnes.pdf', await pdf('Brev til Åsnes'))])).statusCode).toBe(201);
    const all = (await centre.request('GET', '/api/mottak/alle-organisasjoner')).json();
    expect(all.organisasjoner.map((o: { kortnavn: string }) => o.kortnavn).sort()).toEqual(['asnes', 'grue', 'valer']);
    const counts = Object.fromEntries(all.organisasjoner.map((o: { kortnavn: string; antall: number }) => [o.kortnavn, o.antall]));
    expect(counts.asnes).toBe(1);
    expect(all.total).toBe(counts.asnes + counts.valer + counts.grue);
    expect(new Set(all.items.map((i: { organisasjonId: string }) => i.organisasjonId)).size).toBe(2);
  });

  it('describes the multipart bodies in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const body = doc.paths['/api/mottak/skanning'].post.requestBody.content['multipart/form-data'].schema;
    expect(body.properties.filer).toEqual(expect.objectContaining({ type: 'array', items: expect.objectContaining({ format: 'binary' }) }));
    expect(Object.keys(doc.paths['/api/mottak/api'].post.requestBody.content['multipart/form-data'].schema.properties)).toEqual(
      expect.arrayContaining(['tittel', 'eksternId', 'filer']),
    );
  });
});
