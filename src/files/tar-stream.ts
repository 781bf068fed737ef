import fs from 'node:fs';
import path from 'node:path';

/*
 * A POSIX ustar archive of a folder, written as it is read: a 512-byte
 * header per entry, the file's bytes, zeros to the next 512, and two zero
 * blocks at the end. Enough to hand a finished extraction package over as
 * one download without holding it in memory or on disk twice.
 */

const BLOCK = 512;
/** The largest size ustar's 11 octal digits hold (8 GiB - 1). */
const MAX_SIZE = 0o77777777777;

/** The archive of `dir`'s files and folders, named `<top>/…`, sorted by name. */
export async function* tarFolder(dir: string, top: string): AsyncGenerator<Buffer> {
  yield header(`${top}/`, 0, '5');
  yield* walk(dir, top);
  yield Buffer.alloc(BLOCK * 2);
}

async function* walk(dir: string, name: string): AsyncGenerator<Buffer> {
  const entries = (await fs.promises.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const entryName = `${name}/${entry.name}`;
    if (entry.isDirectory()) {
      yield header(`${entryName}/`, 0, '5');
      yield* walk(full, entryName);
    } else if (entry.isFile()) {
      const { size } = await fs.promises.stat(full);
      yield header(entryName, size, '0');
      let written = 0;
      for await (const chunk of fs.createReadStream(full)) {
        written += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
      // A file that changed under us would break every entry after it.
      if (written !== size) throw new Error(`${entryName} changed while it was archived`);
      if (size % BLOCK) yield Buffer.alloc(BLOCK - (size % BLOCK));
    }
  }
}

/** One ustar header; a long name is split at a '/' into prefix (≤ 155) and name (≤ 100). */
export function header(name: string, size: number, type: '0' | '5'): Buffer {
  if (size > MAX_SIZE) throw new Error(`${name} is too large for a tar archive`);
  const [prefix, base] = splitName(name);
  const h = Buffer.alloc(BLOCK);
  h.write(base, 0, 100, 'utf8');
  h.write(type === '5' ? '0000755\0' : '0000644\0', 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  h.write(
    `${Math.floor(Date.now() / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136,
    'ascii',
  );
  h.write('        ', 148, 'ascii');
  h.write(type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

function splitName(name: string): [string, string] {
  if (Buffer.byteLength(name) <= 100) return ['', name];
  const trimmed = name.endsWith('/') ? name.slice(0, -1) : name;
  for (let i = trimmed.lastIndexOf('/'); i > 0; i = trimmed.lastIndexOf('/', i - 1)) {
    const prefix = trimmed.slice(0, i);
    const base = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return [prefix, base];
  }
  throw new Error(`${name} is too long for a tar archive`);
}
