import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { createJournalpost, documentForm, postForm, tempDataDir } from '../documents/fixtures.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { orgId, PASSWORD, seedWorld } from '../support/world.js';

/** A download over a real socket: the status, how many body bytes came, and whether the transfer was cut off. */
function download(url: string, cookie: string): Promise<{ status: number; declared: number; received: number; cutOff: boolean }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } }, (res) => {
        let received = 0;
        const done = (cutOff: boolean) =>
          resolve({ status: res.statusCode ?? 0, declared: Number(res.headers['content-length']), received, cutOff });
        res.on('data', (chunk: Buffer) => (received += chunk.length));
        res.on('end', () => done(!res.complete));
        res.on('aborted', () => done(true));
        res.on('error', () => done(true));
      })
      .on('error', reject);
  });
}

describe(`a download that finds the stored bytes damaged (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let base: string;
  let dataDir: string;
  let sb: Client;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is cut off before its end, marks the file damaged, and later downloads get 422 until a sound copy is stored', async () => {
    const content = randomBytes(2 * 1024 * 1024);
    const jp = await createJournalpost(handle, 'valer');
    const created = await postForm(app, sb, `/api/journalposter/${jp}/dokumenter`, documentForm('kart.bin', content));
    expect(created.statusCode, created.body).toBe(201);
    const objekt = created.json().dokumentobjekter[0];
    const org = await orgId(handle, 'valer');
    const file = path.join(dataDir, 'files', org, objekt.sjekksum.slice(0, 2), objekt.sjekksum.slice(2, 4), objekt.sjekksum);
    const bad = Buffer.from(content);
    bad[bad.length - 10] = bad[bad.length - 10]! ^ 0xff; // near the end: most of the file streams before the hash is known
    fs.writeFileSync(file, bad);

    const first = await download(base + objekt.filUrl, sb.cookie);
    expect(first.status).toBe(200); // the headers went out before the last chunk was read
    expect(first.cutOff).toBe(true);
    expect(first.received).toBeLessThan(first.declared);
    expect(first.received).toBeGreaterThan(0);

    const fil = await handle.db.selectFrom('fil').select('skadet_dato').where('sjekksum', '=', objekt.sjekksum).executeTakeFirstOrThrow();
    expect(fil.skadet_dato).toBeInstanceOf(Date);
    const refused = await sb.request('GET', objekt.filUrl);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('FILE_INTEGRITY');

    // Restored: the same content uploaded again replaces the copy and clears the mark.
    await postForm(app, sb, `/api/journalposter/${jp}/dokumenter`, documentForm('kart-igjen.bin', content));
    const whole = await download(base + objekt.filUrl, sb.cookie);
    expect(whole).toMatchObject({ status: 200, received: content.length, cutOff: false });
  });
});
