import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { orgId, PASSWORD, seedWorld } from '../support/world.js';
import { createJournalpost, documentForm, generatedStream, listFiles, multipartBody, tempDataDir } from './fixtures.js';

const MB = 1024 * 1024;

// Collecting garbage before each sample measures what is live, not what the collector has yet to reclaim.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * Samples the JavaScript heap while `work` runs; returns its largest growth of live memory over the starting point.
 * (Buffer memory is not a usable measure here: V8 frees Buffer backing stores on a background thread after a
 * collection, so under load recently dropped chunks still count, and PGlite's WebAssembly memory counts too.)
 */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; heap: number }> {
  gc();
  const start = process.memoryUsage();
  let heap = 0;
  const sample = () => {
    gc();
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed - start.heapUsed);
  };
  const timer = setInterval(sample, 250);
  try {
    const result = await work();
    sample();
    return { result, heap };
  } finally {
    clearInterval(timer);
  }
}

describe(`large and interrupted uploads over a real socket (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let client: Client;
  let port: number;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as net.AddressInfo).port;
    client = await loginAs(app, 'valer.saksbehandler', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const headers = (extra: Record<string, string> = {}) => ({
    cookie: `${SESSION_COOKIE}=${client.cookie}`,
    'x-csrf-token': client.csrf,
    ...extra,
  });

  it('streams a 50 MB upload into the store and back out without holding it in memory', async () => {
    const jp = await createJournalpost(handle, 'valer');
    const size = 50 * MB;
    const generated = generatedStream(size);
    const body = multipartBody(documentForm('opptak.bin', generated.stream, { dokumenttype: 'RA' }));
    const tmpDir = path.join(dataDir, 'files', await orgId(handle, 'valer'), '.tmp');
    let clientDone = false;
    body.stream.once('end', () => (clientDone = true));
    let onDiskBeforeClientDone = 0;
    const watcher = setInterval(() => {
      if (clientDone) return;
      for (const f of listFiles(tmpDir)) {
        const size = fs.statSync(path.join(tmpDir, f), { throwIfNoEntry: false })?.size ?? 0;
        onDiskBeforeClientDone = Math.max(onDiskBeforeClientDone, size);
      }
    }, 10);
    const upload = await peakGrowth(
      () =>
        new Promise<{
          status: number;
          json: { dokumentobjekter: { sjekksum: string; filstoerrelse: number; filUrl: string; format: string }[] };
        }>((resolve, reject) => {
          const req = http.request(
            { port, method: 'POST', path: `/api/journalposter/${jp}/dokumenter`, headers: headers({ 'content-type': body.contentType }) },
            (res) => {
              let text = '';
              res.on('data', (c: Buffer) => (text += c.toString()));
              res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
            },
          );
          req.on('error', reject);
          body.stream.pipe(req);
        }),
    );
    clearInterval(watcher);
    expect(upload.result.status).toBe(201);
    const objekt = upload.result.json.dokumentobjekter[0]!;
    expect(objekt).toMatchObject({ sjekksum: generated.sha256(), filstoerrelse: size, format: 'av/0' });
    expect(upload.heap).toBeLessThan(size / 10);

    const download = await peakGrowth(
      () =>
        new Promise<{ sha256: string; size: number }>((resolve, reject) => {
          http
            .get({ port, path: objekt.filUrl, headers: headers() }, (res) => {
              const hash = createHash('sha256');
              let received = 0;
              res.on('data', (c: Buffer) => {
                hash.update(c);
                received += c.length;
              });
              res.on('end', () => resolve({ sha256: hash.digest('hex'), size: received }));
              res.on('error', reject);
            })
            .on('error', reject);
        }),
    );
    expect(download.result).toEqual({ sha256: generated.sha256(), size });
    expect(download.heap).toBeLessThan(size / 10);
    // The bytes were on disk while the client was still sending: the server streamed them rather than collecting them first.
    expect(onDiskBeforeClientDone).toBeGreaterThan(0);
  }, 180_000);

  it('leaves no temporary file and no rows when the client aborts mid-upload', async () => {
    const jp = await createJournalpost(handle, 'valer');
    const tmpDir = path.join(dataDir, 'files', await orgId(handle, 'valer'), '.tmp');
    const rowsBefore = await handle.db.selectFrom('dokumentbeskrivelse').select('id').where('journalpost_id', '=', jp).execute();
    const body = multipartBody(documentForm('avbrutt.bin', generatedStream(20 * MB).stream));
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      `POST /api/journalposter/${jp}/dokumenter HTTP/1.1\r\nHost: localhost\r\n` +
        Object.entries(headers({ 'content-type': body.contentType, 'content-length': String(21 * MB) }))
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('') +
        '\r\n',
    );
    // Send until the server has begun writing the file, then vanish.
    for await (const chunk of body.stream) {
      if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r));
      if (listFiles(tmpDir).length > 0) break;
    }
    expect(listFiles(tmpDir).length).toBe(1);
    socket.destroy();
    const deadline = Date.now() + 10_000;
    while (listFiles(tmpDir).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(listFiles(tmpDir)).toEqual([]);
    const rowsAfter = await handle.db.selectFrom('dokumentbeskrivelse').select('id').where('journalpost_id', '=', jp).execute();
    expect(rowsAfter).toEqual(rowsBefore);
    // The server is still serving.
    const health = await new Promise<number>((resolve) =>
      http.get({ port, path: '/api/health' }, (res) => (res.resume(), resolve(res.statusCode!))),
    );
    expect(health).toBe(200);
  });
});
