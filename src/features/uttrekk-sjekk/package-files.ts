import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The file `name` (relative, '/' or '\' separated) inside the package, or
 * null when the name would lead outside it (absolute, '..').
 */
export function fileInPackage(dir: string, name: string): string | null {
  const normalised = name.replace(/\\/g, '/');
  if (normalised === '' || normalised.startsWith('/') || /^[A-Za-z]:/.test(normalised)) return null;
  const full = path.resolve(dir, normalised);
  const root = path.resolve(dir);
  return full.startsWith(root + path.sep) ? full : null;
}

/** A regular file's size, or null when there is none. */
export async function fileSize(file: string): Promise<number | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

const ALGORITHMS: Record<string, string> = { 'SHA-256': 'sha256', SHA256: 'sha256', 'SHA-1': 'sha1', 'SHA-512': 'sha512', MD5: 'md5' };

/** Node's name of a checksum algorithm as Noark/ADDML writes it ('SHA-256'), or null if unsupported. */
export const hashAlgorithm = (name: string | null | undefined) => (name ? (ALGORITHMS[name.trim().toUpperCase()] ?? null) : null);

/** Files up to this size are read in one call: a stream costs more than the reading for the many small files of a package. */
const READ_WHOLE_BYTES = 1024 * 1024;

/** The hex digest of a file (streamed when large). `size` when known saves a stat. */
export async function hashFile(file: string, algorithm: string, size?: number): Promise<string> {
  const hash = createHash(algorithm);
  if ((size ?? (await fileSize(file)) ?? Infinity) <= READ_WHOLE_BYTES) return hash.update(await readFile(file)).digest('hex');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
