import { pipeline, Transform, type Readable } from 'node:stream';
import { fileIntegrity } from '../../files/file-errors.js';
import type { FileStore, PutResult } from '../../files/file-store.js';
import { DomainError } from '../../shared/errors.js';
import { identifyFormat } from './domain/identify-format.js';
import { SNIFF_BYTES, type FileFormat } from './domain/file-format.js';
import { cleanFilnavn } from './domain/file-name.js';

/** A file arriving from any adapter (HTTP multipart, CLI, demo loader): a stream plus what the sender says about it. */
export interface Upload {
  stream: Readable;
  filnavn: string;
  /** The mime type the sender declared; used only when the bytes are not recognised. */
  mimeType?: string | undefined;
  /** SHA-256 (hex) the sender computed; a mismatch refuses the upload. */
  sjekksum?: string | undefined;
  /** Size in bytes the sender declared; a shorter stream (interrupted upload) is refused. */
  filstoerrelse?: number | undefined;
  /** Refuse with FILE_TOO_LARGE beyond this many bytes. */
  maxBytes?: number | undefined;
}

export interface StoredUpload extends PutResult, FileFormat {
  filnavn: string;
}

/** Streams an upload into the store, identifying its format from the first bytes on the way through. */
export async function storeUpload(files: FileStore, organisasjonId: string, upload: Upload): Promise<StoredUpload> {
  const chunks: Buffer[] = [];
  let kept = 0;
  const sniff = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (kept < SNIFF_BYTES) {
        const part = chunk.subarray(0, SNIFF_BYTES - kept);
        chunks.push(Buffer.from(part)); // a copy: the source may reuse its buffer
        kept += part.length;
      }
      callback(null, chunk);
    },
  });
  // pipeline (not pipe) so that an aborted source (client gone) errors the store's write instead of leaving it waiting.
  const source = pipeline(upload.stream, sniff, () => undefined);
  const stored = await files
    .put(organisasjonId, source, { sha256: upload.sjekksum, size: upload.filstoerrelse, maxSize: upload.maxBytes, nonEmpty: true })
    .catch((error: unknown) => {
      // A source that broke off (client gone, malformed multipart) is an incomplete upload, not a server fault;
      // errors of the file system itself (they carry a syscall) stay server faults.
      if (error instanceof DomainError || (error instanceof Error && 'syscall' in error)) throw error;
      throw fileIntegrity(
        'opplastingen ble avbrutt før hele filen var mottatt. Ingenting ble lagret.',
        'the upload broke off before the whole file arrived. Nothing was stored.',
      );
    });
  const filnavn = cleanFilnavn(upload.filnavn);
  return { ...stored, ...identifyFormat(Buffer.concat(chunks), filnavn, upload.mimeType), filnavn };
}
