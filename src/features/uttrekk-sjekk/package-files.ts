import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

/** The hex digest of a file, streamed. */
export async function hashFile(file: string, algorithm: string): Promise<string> {
  const hash = createHash(algorithm);
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
