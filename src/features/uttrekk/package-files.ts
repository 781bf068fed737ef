import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

/*
 * Writing the package's files: each is streamed to disk and hashed on the
 * way, so no file is ever held whole and its checksum costs no second read.
 */

/** The official schemas a package carries (xsd/README.md). */
export const XSD_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'xsd');

/** A stream through which bytes pass while SHA-256 counts them. */
function hashing() {
  const hash = createHash('sha256');
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, digest: () => hash.digest('hex') };
}

/** Writes `source` (text pieces or a byte stream) to `file`; its SHA-256. */
export async function writeHashed(file: string, source: Iterable<string> | AsyncIterable<string> | Readable): Promise<string> {
  const h = hashing();
  const input = source instanceof Readable ? source : Readable.from(source);
  await pipeline(input, h.stream, fs.createWriteStream(file, { flags: 'wx' }));
  return h.digest();
}

/** Copies one of the official schemas into the package; its SHA-256. */
export function copySchema(name: string, dir: string): Promise<string> {
  return writeHashed(path.join(dir, name), fs.createReadStream(path.join(XSD_DIR, name)));
}
