import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip, ZipError } from './zip.js';

const entries: [string, string][] = [
  ['[Content_Types].xml', '<Types/>'],
  ['word/document.xml', '<w:document>Blåbærsyltetøy – «flett»</w:document>'.repeat(50)],
  ['tom.txt', ''],
];

describe('zip', () => {
  it('reads back what it wrote, in order, names and content exact', () => {
    const read = readZip(writeZip(entries));
    expect([...read.keys()]).toEqual(entries.map(([n]) => n));
    for (const [name, text] of entries) expect(read.get(name)!.toString('utf8')).toBe(text);
  });

  it('writes the same bytes for the same content (a stable checksum in the store)', () => {
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  it('writes a package another ZIP reader opens (JSZip)', async () => {
    const zip = await JSZip.loadAsync(writeZip(entries));
    expect(await zip.file('word/document.xml')!.async('string')).toBe(entries[1]![1]);
    expect(Object.keys(zip.files)).toEqual(entries.map(([n]) => n));
  });

  it('reads packages another writer made: stored, deflated, with data descriptors', async () => {
    for (const options of [
      { compression: 'STORE' as const },
      { compression: 'DEFLATE' as const },
      { compression: 'DEFLATE' as const, streamFiles: true },
    ]) {
      const zip = new JSZip();
      for (const [name, text] of entries) zip.file(name, text);
      const bytes = await zip.generateAsync({ type: 'nodebuffer', ...options });
      expect(readZip(bytes).get('word/document.xml')!.toString('utf8')).toBe(entries[1]![1]);
    }
  });

  it('refuses what is not a package, a damaged entry and a package over the unpacked limit', () => {
    expect(() => readZip(Buffer.from('hei, dette er ingen zip'))).toThrow(ZipError);
    const good = writeZip(entries);
    const damaged = Buffer.from(good);
    damaged[60] = damaged[60]! ^ 0xff; // inside the first entry's data
    expect(() => readZip(damaged)).toThrow(ZipError);
    expect(() => readZip(good, { maxUnpackedBytes: 100 })).toThrow(/limit/);
  });

  it('does not inflate past the declared size (a header that lies)', () => {
    const big = Buffer.alloc(1_000_000, 0x41);
    const bytes = writeZip([['a.txt', big]]);
    // Declare 10 bytes unpacked in the central directory.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(10, central + 24);
    expect(() => readZip(bytes)).toThrow(ZipError);
    expect(deflateRawSync(big).length).toBeLessThan(5_000);
  });
});
