import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { SecureFileStore } from '../../src/features/sikker-sone/secure-file-store.js';
import { parseKey } from '../../src/features/sikker-sone/secure-zone-settings.js';
import { listFiles, tempDataDir } from '../documents/fixtures.js';

describe('secure file store (AES-256-GCM)', () => {
  const root = tempDataDir();
  const key = randomBytes(32);
  const store = new SecureFileStore(root, key);
  const org = randomUUID();
  const content = Buffer.from('Personalsak: advarsel til ansatt Kari Nordmann.');
  const sha = createHash('sha256').update(content).digest('hex');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('round-trips content that is unreadable on disk, under a name that is not its checksum', async () => {
    const put = await store.put(org, Readable.from([content]), { sha256: sha, size: content.length });
    expect(put).toEqual({ sha256: sha, size: content.length, created: true });
    expect(await buffer(await store.open(org, sha, content.length))).toEqual(content);
    const [file] = listFiles(root);
    expect(file).not.toContain(sha);
    const onDisk = fs.readFileSync(path.join(root, file!));
    expect(onDisk.includes(Buffer.from('Kari Nordmann'))).toBe(false);
    expect(onDisk.length).toBe(content.length + 5 + 12 + 16);
  });

  it('uses a fresh nonce per file: the same content stored twice is encrypted differently', async () => {
    const file = store.pathOf(org, sha);
    const first = fs.readFileSync(file);
    await store.put(org, Readable.from([content]));
    expect(fs.readFileSync(file).equals(first)).toBe(false);
  });

  it('refuses a damaged file, a file under another key and a file moved to another organisation', async () => {
    const file = store.pathOf(org, sha);
    const good = fs.readFileSync(file);
    const bad = Buffer.from(good);
    bad[30] = bad[30]! ^ 0xff;
    fs.writeFileSync(file, bad);
    // Checked while streaming: the stream fails (FILE_INTEGRITY) without handing out the content, and says so first.
    const told: string[] = [];
    const damaged = (s: SecureFileStore, o: string) =>
      s.open(o, sha, undefined, async () => void told.push(o)).then((stream) => buffer(stream));
    await expect(damaged(store, org)).rejects.toMatchObject({ code: 'FILE_INTEGRITY' });
    fs.writeFileSync(file, good);
    await expect(damaged(new SecureFileStore(root, randomBytes(32)), org)).rejects.toMatchObject({ code: 'FILE_INTEGRITY' });
    const other = randomUUID();
    fs.mkdirSync(path.dirname(store.pathOf(other, sha)), { recursive: true });
    fs.copyFileSync(file, store.pathOf(other, sha));
    await expect(damaged(store, other)).rejects.toMatchObject({ code: 'FILE_INTEGRITY' });
    // Under another key the file's name differs too: it is missing, refused before streaming (the caller marks that).
    expect(told).toEqual([org, other]);
    expect(await buffer(await store.open(org, sha))).toEqual(content);
  });

  it('reads a key as 32 raw bytes, 64 hex digits or base64, and nothing else', () => {
    expect(parseKey(key, 'k')).toEqual(key);
    expect(parseKey(Buffer.from(key.toString('hex') + '\n'), 'k')).toEqual(key);
    expect(parseKey(Buffer.from(key.toString('base64')), 'k')).toEqual(key);
    expect(() => parseKey(Buffer.from('short'), 'k')).toThrow(/32 bytes/);
  });
});
