import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pipeline as pipelineCb, Transform, type Readable } from 'node:stream';
import { fieldError, DomainError } from '../shared/errors.js';
import { fileIntegrity, fileTooLarge } from './file-errors.js';
import { SHA256_HEX, type FileStore, type PutExpectation, type PutResult } from './file-store.js';
import { verifyingStream } from './verifying-stream.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LocalFileStoreOptions {
  root: string;
}

/** Layout `<root>/<organisasjon>/<aa>/<bb>/<sha256>`; uploads land in `<root>/<organisasjon>/.tmp` (same file system, so rename is atomic). */
export class LocalFileStore implements FileStore {
  constructor(private readonly options: LocalFileStoreOptions) {}

  pathOf(organisasjonId: string, sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw fieldError('sjekksum', 'må være SHA-256 i hex', 'must be hex SHA-256');
    return path.join(this.orgDir(organisasjonId), sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  tmpDir(organisasjonId: string): string {
    return path.join(this.orgDir(organisasjonId), '.tmp');
  }

  async put(organisasjonId: string, source: Readable, expected: PutExpectation = {}): Promise<PutResult> {
    const tmpDir = this.tmpDir(organisasjonId);
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, `${randomUUID()}.part`);
    // flush: the bytes reach the disk (fsync) before the stream closes, so the rename below never publishes a file still in cache.
    const sink = createWriteStream(tmp, { flags: 'wx', mode: 0o640, flush: true });
    try {
      const { sha256, size } = await writeHashed(source, sink, expected.maxSize);
      checkExpectation(expected, sha256, size);
      const target = this.pathOf(organisasjonId, sha256);
      await mkdir(path.dirname(target), { recursive: true });
      const existed = await exists(target);
      // Same name means same bytes, so replacing an existing copy is harmless (and repairs a damaged one).
      await rename(tmp, target);
      await syncDir(path.dirname(target));
      return { sha256, size, created: !existed };
    } catch (error) {
      // Wait for the descriptor to close first: a file still being opened could otherwise reappear after the removal.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async open(organisasjonId: string, sha256: string, expectedSize?: number, onMismatch?: () => Promise<void>): Promise<Readable> {
    const file = this.pathOf(organisasjonId, sha256);
    const info = await stat(file).catch(() => undefined);
    if (!info) throw fileIntegrity('innholdet mangler i fillageret.', 'the content is missing from the file store.');
    if (expectedSize !== undefined && info.size !== expectedSize) {
      throw fileIntegrity('filstørrelsen på disk stemmer ikke.', 'the size on disk does not match.');
    }
    // Hashed on the way out, not before: a download reads the file once.
    return pipelineCb(createReadStream(file), verifyingStream(sha256, onMismatch), () => undefined);
  }

  async has(organisasjonId: string, sha256: string): Promise<boolean> {
    return exists(this.pathOf(organisasjonId, sha256));
  }

  async remove(organisasjonId: string, sha256: string): Promise<void> {
    await rm(this.pathOf(organisasjonId, sha256), { force: true });
  }

  private orgDir(organisasjonId: string): string {
    // The id becomes a directory name: only a UUID may, so no path can escape the root.
    if (!UUID.test(organisasjonId))
      throw new DomainError('VALIDATION_FAILED', { nb: 'Ugyldig organisasjon.', en: 'Invalid organisation.' });
    return path.join(this.options.root, organisasjonId.toLowerCase());
  }
}

async function writeHashed(source: Readable, sink: NodeJS.WritableStream, maxSize: number | undefined) {
  const meter = hashingMeter(maxSize);
  await pipeline(source, meter.stream, sink);
  return meter.result();
}

/** Hashes and counts bytes on their way through; refuses with FILE_TOO_LARGE beyond `maxSize`. */
export function hashingMeter(maxSize: number | undefined) {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (maxSize !== undefined && size > maxSize) return callback(fileTooLarge(maxSize));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest('hex'), size }) };
}

export function checkExpectation(expected: PutExpectation, sha256: string, size: number): void {
  if (expected.nonEmpty && size === 0) throw fieldError('fil', 'filen er tom', 'the file is empty');
  if (expected.size !== undefined && expected.size !== size) {
    throw fileIntegrity(
      `mottok ${size} byte, men ${expected.size} var oppgitt (avbrutt opplasting?). Ingenting ble lagret.`,
      `received ${size} bytes but ${expected.size} were declared (interrupted upload?). Nothing was stored.`,
    );
  }
  if (expected.sha256 !== undefined && expected.sha256.toLowerCase() !== sha256) {
    throw fileIntegrity(
      'sjekksummen (SHA-256) stemmer ikke med den oppgitte. Ingenting ble lagret.',
      'the SHA-256 checksum does not match the declared one. Nothing was stored.',
    );
  }
}

export async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

/** Makes the rename itself durable; some platforms cannot open a directory, where this is a no-op. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
