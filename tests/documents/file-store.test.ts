import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFileStore } from '../../src/files/local-file-store.js';
import { DomainError } from '../../src/shared/errors.js';
import { listFiles, tempDataDir } from './fixtures.js';

const root = tempDataDir();
const store = new LocalFileStore({ root });
const org = randomUUID();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const codeOf = (e: unknown) => (e instanceof DomainError ? e.code : String(e));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('local file store', () => {
  it('stores content under its SHA-256 in the organisation folder and reads it back verified', async () => {
    const content = Buffer.from('Vedtak i byggesak 2026/14');
    const put = await store.put(org, Readable.from([content]));
    expect(put).toEqual({ sha256: sha(content), size: content.length, created: true });
    expect(store.pathOf(org, put.sha256)).toBe(path.join(root, org, put.sha256.slice(0, 2), put.sha256.slice(2, 4), put.sha256));
    expect(await buffer(await store.open(org, put.sha256, content.length))).toEqual(content);
    expect(await store.has(org, put.sha256)).toBe(true);
    expect(await store.has(randomUUID(), put.sha256)).toBe(false);
    expect((await store.put(org, Readable.from([content]))).created).toBe(false);
    expect(listFiles(store.tmpDir(org))).toEqual([]);
  });

  it('refuses a wrong declared checksum or size and leaves nothing behind', async () => {
    const before = listFiles(root);
    const content = Buffer.from('ikke det du sa');
    await expect(store.put(org, Readable.from([content]), { sha256: sha(Buffer.from('noe annet')) })).rejects.toMatchObject({
      code: 'FILE_INTEGRITY',
    });
    await expect(store.put(org, Readable.from([content]), { size: content.length + 10 })).rejects.toMatchObject({ code: 'FILE_INTEGRITY' });
    await expect(store.put(org, Readable.from([Buffer.alloc(2000)]), { maxSize: 1000 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    await expect(store.put(org, Readable.from([]), { nonEmpty: true })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(listFiles(root)).toEqual(before);
  });

  it('removes the temporary file when the source breaks off mid-stream', async () => {
    const before = listFiles(root);
    async function* brokenOff() {
      yield Buffer.alloc(64 * 1024, 1);
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('client went away');
    }
    await expect(store.put(org, Readable.from(brokenOff()))).rejects.toThrow('client went away');
    const aborted = new Readable({ read() {} });
    aborted.push(Buffer.alloc(1000));
    setTimeout(() => aborted.destroy(), 20); // closed without error, as a multipart part does when the request aborts
    await expect(store.put(org, aborted)).rejects.toThrow(/premature close/i);
    expect(listFiles(root)).toEqual(before);
  });

  it('refuses missing content and content of the wrong size before streaming', async () => {
    const content = Buffer.from('Original tekst som skal ligge urørt');
    const { sha256 } = await store.put(org, Readable.from([content]));
    const file = store.pathOf(org, sha256);
    await expect(store.open(org, sha256, content.length + 1)).rejects.toMatchObject({ code: 'FILE_INTEGRITY' });
    fs.rmSync(file);
    await expect(store.open(org, sha256)).rejects.toMatchObject({ code: 'FILE_INTEGRITY' });
  });

  /** Reads `stream` to its end or error: what arrived, and the error. */
  async function drain(stream: Readable) {
    let received = 0;
    const error = await new Promise<unknown>((resolve) => {
      stream.on('data', (chunk: Buffer) => (received += chunk.length));
      stream.on('error', resolve);
      stream.on('end', () => resolve(undefined));
    });
    return { received, error };
  }

  it('hashes while streaming: corrupt content errors the stream before its last chunk, after telling onMismatch', async () => {
    for (const size of [40, 300 * 1024]) {
      const content = Buffer.alloc(size, 7);
      const { sha256 } = await store.put(org, Readable.from([content]));
      const file = store.pathOf(org, sha256);
      const bad = Buffer.from(content);
      bad[bad.length - 1] = 8;
      fs.writeFileSync(file, bad);
      const events: string[] = [];
      const stream = await store.open(org, sha256, content.length, async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        events.push('mismatch told');
      });
      const { received, error } = await drain(stream);
      events.push('stream failed');
      expect(codeOf(error)).toBe('FILE_INTEGRITY');
      expect(received).toBeLessThan(content.length);
      expect(events).toEqual(['mismatch told', 'stream failed']);
      // A sound copy streams in full through the same path, and tells nothing.
      fs.writeFileSync(file, content);
      expect((await buffer(await store.open(org, sha256, size, () => Promise.reject(new Error('not called'))))).equals(content)).toBe(true);
    }
  });

  it('keeps names inside the root', async () => {
    expect(() => store.pathOf('../../etc', 'a'.repeat(64))).toThrow(DomainError);
    expect(() => store.pathOf(org, '../../passwd')).toThrow(DomainError);
  });
});
