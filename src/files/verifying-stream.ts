import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { fileIntegrity } from './file-errors.js';

/**
 * Passes bytes through while hashing them, but holds back the latest chunk
 * until the next one arrives. At the end the held chunk is released only if
 * the digest matches: a consumer of corrupt content gets an error instead of
 * a complete-looking copy (an HTTP response is cut short of its
 * Content-Length, which every client treats as a failed download).
 */
export function verifyingStream(sha256: string): Transform {
  const hash = createHash('sha256');
  let held: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      hash.update(chunk);
      const previous = held;
      held = chunk;
      callback(null, previous ?? undefined);
    },
    flush(callback: TransformCallback) {
      const actual = hash.digest('hex');
      if (actual !== sha256) {
        callback(fileIntegrity('innholdet på disk stemmer ikke med sjekksummen.', 'the stored content does not match its checksum.'));
        return;
      }
      callback(null, held ?? undefined);
    },
  });
}
