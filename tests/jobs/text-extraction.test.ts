import fs from 'node:fs';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { startBackgroundWork, type BackgroundWork } from '../../src/jobs/background.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { PASSWORD, seedWorld, silentLog } from '../support/world.js';
import { createJournalpost, documentForm, postForm, tempDataDir } from '../documents/fixtures.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A zip of one entry that deflates `unpacked` zero bytes: tiny on disk, huge unpacked (a zip bomb). */
function zipBomb(unpacked: number): Buffer {
  const data = zlib.deflateRawSync(Buffer.alloc(unpacked));
  const name = Buffer.from('word/document.xml');
  const crc = zlib.crc32(Buffer.alloc(unpacked));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(unpacked, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(unpacked, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** Issue 11 item 8: text extraction in the background, in a child process under limits; never failing the upload. */
describe(`text extraction as a background job (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let sb: Client;
  let owner: Client;
  let work: BackgroundWork | undefined;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    owner = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
  });
  afterAll(async () => {
    await work?.stop();
    await app.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const startWork = () => {
    work = startBackgroundWork({ db: handle.db, log: silentLog, config: { dataDir } }, { pollMs: 100 });
    return work;
  };
  const upload = async (filename: string, body: Buffer, contentType?: string) => {
    const jp = await createJournalpost(handle, 'valer');
    const res = await postForm(app, sb, `/api/journalposter/${jp}/dokumenter`, documentForm(filename, body, {}, contentType));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().dokumentobjekter[0] as { id: string; sjekksum: string };
  };
  const jobOf = (sjekksum: string) => handle.db.selectFrom('jobb').selectAll().where('nokkel', 'like', `%:${sjekksum}`).executeTakeFirst();
  const textOf = async (sjekksum: string) =>
    (await handle.db.selectFrom('fil_tekst').select('tekst').where('sjekksum', '=', sjekksum).executeTakeFirst())?.tekst;

  it('keeps a job enqueued while no runner ran, and runs it when one starts (as after a restart)', async () => {
    const stopped = startWork();
    await stopped.stop();
    const objekt = await upload('vedtak.pdf', Buffer.from(await makePdf('Vedtak om skoleskyss for elev ved Våler skole')));
    expect(await jobOf(objekt.sjekksum)).toMatchObject({ status: 'venter' });
    startWork();
    await expect.poll(() => textOf(objekt.sjekksum), { timeout: 30_000, interval: 100 }).toContain('skoleskyss');
    // The job is marked done after its work commits: on PostgreSQL the text can be seen a moment before.
    await expect.poll(async () => (await jobOf(objekt.sjekksum))?.status, { timeout: 10_000, interval: 50 }).toBe('ferdig');
  });

  it('reads a 300-page PDF in the background while other requests keep answering', async () => {
    // makePdf puts 50 lines on a page; short lines keep the whole text under the index's limit.
    const lines = Array.from({ length: 300 * 50 }, (_, i) => `Linje ${i + 1}`);
    lines[lines.length - 1] = 'Siste side: vedtaket om Kirkebygda barnehage.';
    const pdf = Buffer.from(await makePdf(lines.join('\n')));
    const { PDFDocument } = await import('pdf-lib');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(300);
    const objekt = await upload('saksframlegg.pdf', pdf);
    await expect.poll(async () => (await jobOf(objekt.sjekksum))?.status, { timeout: 30_000, interval: 20 }).not.toBe('venter');
    const answers = await Promise.all(Array.from({ length: 10 }, () => sb.request('GET', '/api/saksmapper?limit=5')));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(200));
    await expect.poll(() => textOf(objekt.sjekksum), { timeout: 60_000, interval: 200 }).toContain('Kirkebygda barnehage');
  });

  it('refuses to unpack a zip-bomb DOCX: the upload stands, the job fails as «text not extracted», the owner sees and can retry it', async () => {
    const bomb = zipBomb(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const objekt = await upload('bombe.docx', bomb, DOCX);
    await expect.poll(async () => (await jobOf(objekt.sjekksum))?.status, { timeout: 30_000, interval: 100 }).toBe('feilet');
    const failed = await jobOf(objekt.sjekksum);
    expect(failed?.forsok).toBe(1);
    expect(failed?.feilmelding).toMatch(/^text not extracted: the DOCX unpacks to 300 MB/);
    expect(await textOf(objekt.sjekksum)).toBeUndefined();
    // The document and its file are untouched.
    expect((await sb.request('GET', `/api/dokumentobjekter/${objekt.id}/fil`)).statusCode).toBe(200);

    const list = await owner.request('GET', '/api/jobber?status=feilet');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((j: { id: number }) => j.id)).toContain(failed!.id);
    expect((await sb.request('GET', '/api/jobber')).statusCode).toBe(403);
    await work!.stop();
    expect((await owner.request('POST', `/api/jobber/${failed!.id}/prov-igjen`)).statusCode).toBe(204);
    expect(await jobOf(objekt.sjekksum)).toMatchObject({ status: 'venter', forsok: 0, feilmelding: null });
    expect((await owner.request('POST', `/api/jobber/${failed!.id}/prov-igjen`)).statusCode).toBe(404);
  });

  it('shows one organisation’s jobs to its own system owner only', async () => {
    const asnes = await loginAs(app, 'asnes.systemansvarlig', PASSWORD);
    const res = await asnes.request('GET', '/api/jobber');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(0);
  });
});
