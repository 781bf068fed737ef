import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { fileIntegrity } from './file-errors.js';

/**
 * Passes bytes through while hashing them, but holds back the latest chunk
 * until the next one arrives. At the end the held chunk is released only if
 * the digest matches: a consumer of corrupt content gets an error instead of
 * a complete-looking copy (an HTTP response is cut short of its
 * Content-Length, which every client treats as a failed download).
 * `onMismatch` runs (and is awaited) before the stream errors.
 */
export function verifyingStream(sha256: string, onMismatch?: () => Promise<void>): Transform {
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
        const error = fileIntegrity('innholdet på disk stemmer ikke med sjekksummen.', 'the stored content does not match its checksum.');
        failAfterTelling(onMismatch, error, callback);
        return;
      }
      callback(null, held ?? undefined);
    },
  });
}

/**
 * Fails a stream with `error` once `onMismatch` has run: told before the
 * stream fails, so whoever reads next already finds the content marked damaged.
 */
export function failAfterTelling(onMismatch: (() => Promise<void>) | undefined, error: Error, callback: TransformCallback): void {
  void (onMismatch?.() ?? Promise.resolve()).catch(() => undefined).then(() => callback(error));
}
