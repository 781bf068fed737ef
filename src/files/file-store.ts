import type { Readable } from 'node:stream';

/** What the uploader told us about the bytes; a mismatch refuses the upload and stores nothing. */
export interface PutExpectation {
  sha256?: string | undefined;
  size?: number | undefined;
  /** Refuse with FILE_TOO_LARGE as soon as more bytes than this arrive. */
  maxSize?: number | undefined;
  /** Refuse a zero-byte file (a document without content). */
  nonEmpty?: boolean | undefined;
}

export interface PutResult {
  sha256: string;
  size: number;
  /** False when the same content was already stored for the organisation (content addressing deduplicates). */
  created: boolean;
}

/**
 * Content-addressed storage of file bytes per organisation. Content is named
 * by its SHA-256, written atomically (never visible half-written) and checked
 * against that name every time it is read. The local directory store is the
 * default; an S3-compatible store implements the same interface.
 */
export interface FileStore {
  /** Streams `source` into the store while hashing; never holds the whole file in memory. */
  put(organisasjonId: string, source: Readable, expected?: PutExpectation): Promise<PutResult>;
  /**
   * A read stream that is verified against `sha256` while it streams (the
   * file is read once). Rejects with FILE_INTEGRITY when the content is
   * missing or has the wrong size, before any byte is handed out; a
   * mismatch found while streaming calls `onMismatch` and then errors the
   * stream before its last chunk, so no consumer ever sees a complete copy of bad bytes.
   */
  open(organisasjonId: string, sha256: string, expectedSize?: number, onMismatch?: () => Promise<void>): Promise<Readable>;
  has(organisasjonId: string, sha256: string): Promise<boolean>;
  /** Only for content that no catalogue row refers to (a registration that failed after the bytes were stored). */
  remove(organisasjonId: string, sha256: string): Promise<void>;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
