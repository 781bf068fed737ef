import type { FastifyRequest } from 'fastify';
import { fieldError, validationFailed } from '../../shared/errors.js';
import { fileTooLarge } from '../../files/file-errors.js';
import { SHA256_HEX } from '../../files/file-store.js';
import { assertStorableText } from '../../http/unstorable-text.js';
import type { Upload } from './upload.js';

/** Room for the multipart envelope and the form fields around the file itself. */
const ENVELOPE_BYTES = 1024 * 1024;

/**
 * Reads a multipart/form-data request whose text fields come first and whose
 * last part is the one file, and hands the file to `handle` as a stream while
 * it is still arriving: nothing is buffered. The file's integrity may be
 * declared with the header `x-checksum-sha256` or the fields `sjekksum` and
 * `filstoerrelse` (bytes); the store refuses the file if they do not hold.
 */
export async function withMultipartUpload<T>(
  request: FastifyRequest,
  maxBytes: number,
  handle: (fields: Record<string, string>, upload: Upload) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart()) throw fieldError('body', 'send filen som multipart/form-data', 'send the file as multipart/form-data');
  // A request that declares more than the limit is refused before a byte is stored.
  if (Number(request.headers['content-length'] ?? 0) > maxBytes + ENVELOPE_BYTES) throw fileTooLarge(maxBytes);
  const fields: Record<string, string> = {};
  // busboy stops one byte past the limit, so the store sees the excess and refuses with FILE_TOO_LARGE.
  for await (const part of request.parts({ limits: { fileSize: maxBytes + 1, files: 1, fields: 20, fieldSize: 64 * 1024 } })) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    // Form fields are read here, after the request-wide text check has run.
    assertStorableText(fields);
    return handle(fields, {
      stream: part.file,
      filnavn: part.filename,
      mimeType: part.mimetype,
      sjekksum: declaredChecksum(request, fields),
      filstoerrelse: optionalInt(fields.filstoerrelse, 'filstoerrelse'),
      maxBytes,
    });
  }
  throw fieldError('fil', 'mangler: legg ved én fil som siste del av skjemaet', 'is missing: attach one file as the last part of the form');
}

function declaredChecksum(request: FastifyRequest, fields: Record<string, string>): string | undefined {
  const header = request.headers['x-checksum-sha256'];
  const value = (typeof header === 'string' ? header : fields.sjekksum)?.trim().toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (!SHA256_HEX.test(value)) throw fieldError('sjekksum', 'må være SHA-256 i hex (64 tegn)', 'must be hex SHA-256 (64 characters)');
  return value;
}

export function optionalBoolean(value: string | undefined, field: string): boolean | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw validationFailed([{ field, message: { nb: 'må være true eller false', en: 'must be true or false' } }]);
}

export function optionalInt(value: string | undefined, field: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw validationFailed([{ field, message: { nb: 'må være et heltall', en: 'must be an integer' } }]);
  return n;
}
