import type { FastifyRequest } from 'fastify';
import { fileTooLarge } from '../../files/file-errors.js';
import { assertStorableText } from '../../http/unstorable-text.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import type { Upload } from '../dokumenter/upload.js';

/** Room for the multipart envelope and the form fields around the files. */
const ENVELOPE_BYTES = 1024 * 1024;

/**
 * Reads a multipart/form-data request with text fields and one or more
 * files, handing each file to `take` while it arrives (each must be
 * consumed before the next part can be read). When anything fails, `undo`
 * gets what was already taken, so a refused request leaves nothing.
 */
export async function readUploads<T>(
  request: FastifyRequest,
  limits: { maxBytes: number; maxFiles: number },
  take: (upload: Upload, fields: Record<string, string>) => Promise<T>,
  undo: (taken: T[]) => Promise<void>,
): Promise<{ fields: Record<string, string>; taken: T[] }> {
  if (!request.isMultipart()) throw fieldError('body', 'send filene som multipart/form-data', 'send the files as multipart/form-data');
  if (Number(request.headers['content-length'] ?? 0) > limits.maxBytes * limits.maxFiles + ENVELOPE_BYTES)
    throw fileTooLarge(limits.maxBytes);
  const fields: Record<string, string> = {};
  const taken: T[] = [];
  try {
    const parts = request.parts({
      limits: { fileSize: limits.maxBytes + 1, files: limits.maxFiles + 1, fields: 20, fieldSize: 64 * 1024 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (taken.length >= limits.maxFiles) throw tooMany(limits.maxFiles);
      assertStorableText(fields);
      const upload = { stream: part.file, filnavn: part.filename, mimeType: part.mimetype, maxBytes: limits.maxBytes };
      taken.push(await take(upload, fields).catch((error: unknown) => Promise.reject(namingFile(error, part.filename))));
    }
  } catch (error) {
    await undo(taken);
    throw error;
  }
  if (taken.length === 0) throw fieldError('filer', 'mangler: legg ved minst én fil', 'are missing: attach at least one file');
  return { fields, taken };
}

const tooMany = (max: number) => fieldError('filer', `høyst ${max} filer om gangen`, `at most ${max} files at a time`);

/** A refusal of one file among several says which. */
function namingFile(error: unknown, filnavn: string): unknown {
  if (!(error instanceof DomainError) || error.code === 'DATABASE_UNAVAILABLE' || error.text.nb.includes(`«${filnavn}»`)) return error;
  return new DomainError(
    error.code,
    { nb: `«${filnavn}»: ${error.text.nb}`, en: `«${filnavn}»: ${error.text.en}` },
    error.fields,
    error.retryAfterSeconds,
  );
}

/** Collects a stream into memory up to `maxBytes` (e-mail messages, which the parser reads whole). */
export async function readAll(upload: Upload, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of upload.stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw fileTooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  // busboy marks a file cut at its limit as truncated rather than erroring.
  if ((upload.stream as { truncated?: boolean }).truncated) throw fileTooLarge(maxBytes);
  if (size === 0) throw fieldError('fil', 'filen er tom', 'the file is empty');
  return Buffer.concat(chunks);
}
