import { createCipheriv, createDecipheriv, createHmac, type DecipherGCM, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline as pipelineCb, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileIntegrity } from '../../files/file-errors.js';
import { checkExpectation, exists, hashingMeter } from '../../files/local-file-store.js';
import { SHA256_HEX, type FileStore, type PutExpectation, type PutResult } from '../../files/file-store.js';
import { failAfterTelling, verifyingStream } from '../../files/verifying-stream.js';
import { DomainError, fieldError } from '../../shared/errors.js';

const MAGIC = Buffer.from('SGSZ\u0001', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + NONCE_BYTES;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The secure zone's file store: each file encrypted with AES-256-GCM under a
 * fresh random nonce, the organisation id as additional data (a file moved to
 * another organisation's folder does not decrypt), layout
 * `<root>/<organisasjon>/<aa>/<name>` where the name is an HMAC of the
 * content's SHA-256 (a plain digest would let anyone with the disk confirm a
 * guessed document). Reads are checked twice while they stream: the GCM
 * tag and the SHA-256.
 */
export class SecureFileStore implements FileStore {
  private readonly encryptionKey: Buffer;
  private readonly namingKey: Buffer;

  constructor(
    private readonly root: string,
    masterKey: Buffer,
  ) {
    if (masterKey.length !== 32) throw new Error('secure zone key must be 32 bytes');
    this.encryptionKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'saksgang secure zone: files', 32));
    this.namingKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'saksgang secure zone: names', 32));
  }

  pathOf(organisasjonId: string, sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw fieldError('sjekksum', 'må være SHA-256 i hex', 'must be hex SHA-256');
    const name = createHmac('sha256', this.namingKey).update(`${organisasjonId.toLowerCase()}:${sha256}`).digest('hex');
    return path.join(this.orgDir(organisasjonId), name.slice(0, 2), name);
  }

  async put(organisasjonId: string, source: Readable, expected: PutExpectation = {}): Promise<PutResult> {
    const tmpDir = path.join(this.orgDir(organisasjonId), '.tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, `${randomUUID()}.part`);
    const sink = createWriteStream(tmp, { flags: 'wx', mode: 0o600, flush: true });
    try {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, nonce).setAAD(aad(organisasjonId));
      const meter = hashingMeter(expected.maxSize);
      sink.write(Buffer.concat([MAGIC, nonce]));
      await pipeline(
        source,
        meter.stream,
        cipher,
        withTrailer(() => cipher.getAuthTag()),
        sink,
      );
      const { sha256, size } = meter.result();
      checkExpectation(expected, sha256, size);
      const target = this.pathOf(organisasjonId, sha256);
      await mkdir(path.dirname(target), { recursive: true });
      const existed = await exists(target);
      await rename(tmp, target);
      return { sha256, size, created: !existed };
    } catch (error) {
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async open(organisasjonId: string, sha256: string, expectedSize?: number, onMismatch?: () => Promise<void>): Promise<Readable> {
    const file = this.pathOf(organisasjonId, sha256);
    const info = await stat(file).catch(() => undefined);
    if (!info) throw fileIntegrity('innholdet mangler i den sikre sonen.', 'the content is missing from the secure zone.');
    const size = info.size - HEADER_BYTES - TAG_BYTES;
    if (size < 0 || (expectedSize !== undefined && size !== expectedSize)) {
      throw fileIntegrity('filstørrelsen i den sikre sonen stemmer ikke.', 'the size in the secure zone does not match.');
    }
    return this.decryptedStream(organisasjonId, file, sha256, info.size, onMismatch);
  }

  async has(organisasjonId: string, sha256: string): Promise<boolean> {
    return exists(this.pathOf(organisasjonId, sha256));
  }

  async remove(organisasjonId: string, sha256: string): Promise<void> {
    await rm(this.pathOf(organisasjonId, sha256), { force: true });
  }

  private async decryptedStream(organisasjonId: string, file: string, sha256: string, fileSize: number, onMismatch?: () => Promise<void>) {
    const handle = await open(file, 'r');
    const head = Buffer.alloc(HEADER_BYTES);
    const tag = Buffer.alloc(TAG_BYTES);
    try {
      await handle.read(head, 0, HEADER_BYTES, 0);
      await handle.read(tag, 0, TAG_BYTES, fileSize - TAG_BYTES);
    } finally {
      await handle.close();
    }
    if (!head.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw fileIntegrity('filen i den sikre sonen har ukjent format.', 'the file in the secure zone has an unknown format.');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, head.subarray(MAGIC.length)).setAAD(aad(organisasjonId));
    decipher.setAuthTag(tag);
    const body = createReadStream(file, { start: HEADER_BYTES, end: fileSize - TAG_BYTES - 1 });
    // verifyingStream holds back the last chunk until the digest (and, before it, the GCM tag) has been checked.
    return pipelineCb(body, decrypting(decipher, onMismatch), verifyingStream(sha256, onMismatch), () => undefined);
  }

  private orgDir(organisasjonId: string): string {
    if (!UUID.test(organisasjonId))
      throw new DomainError('VALIDATION_FAILED', { nb: 'Ugyldig organisasjon.', en: 'Invalid organisation.' });
    return path.join(this.root, organisasjonId.toLowerCase());
  }
}

const aad = (organisasjonId: string) => Buffer.from(`saksgang:${organisasjonId.toLowerCase()}`);

/**
 * Deciphers on the way through; a GCM tag that does not match (changed
 * bytes, another key, another organisation's file) is damaged content:
 * `onMismatch` is told, then the stream fails with FILE_INTEGRITY.
 */
function decrypting(decipher: DecipherGCM, onMismatch: (() => Promise<void>) | undefined): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, decipher.update(chunk));
    },
    flush(callback) {
      let last: Buffer;
      try {
        last = decipher.final();
      } catch {
        failAfterTelling(
          onMismatch,
          fileIntegrity('innholdet i den sikre sonen er skadet.', 'the content in the secure zone is damaged.'),
          callback,
        );
        return;
      }
      callback(null, last);
    },
  });
}

/** Appends the GCM tag after the ciphertext once the cipher has finished. */
function withTrailer(trailer: () => Buffer): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk);
    },
    flush(callback) {
      callback(null, trailer());
    },
  });
}
