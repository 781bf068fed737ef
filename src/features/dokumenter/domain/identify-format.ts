import { extensionOf, format, latin1, startsWith, UNKNOWN_FORMAT, type FileFormat } from './file-format.js';
import { identifyPdf } from './pdf-format.js';
import { identifyText } from './text-format.js';
import { identifyZip } from './zip-format.js';

const PNG = format('fmt/13', 'image/png', 'PNG 1.2');
const TIFF = format('fmt/353', 'image/tiff', 'TIFF');

/**
 * Identifies a file from its first bytes (magic numbers), using the file name
 * only where the bytes cannot decide (ZIP-based office files, plain text
 * kinds). Pure; `head` is the start of the file (SNIFF_BYTES or all of it).
 * What is not recognised is `av/0` with the mime type the uploader declared.
 */
export function identifyFormat(head: Uint8Array, filnavn: string, declaredMimeType?: string): FileFormat {
  const extension = extensionOf(filnavn);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return identifyZip(head, extension);
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return identifyJpeg(head);
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return TIFF;
  return identifyPdf(head) ?? identifyText(head, extension) ?? unknown(declaredMimeType);
}

/** JFIF 1.00 / 1.01 / 1.02 have their own PUIDs; other JPEG (e.g. Exif from cameras) is recorded as JFIF 1.01, the common reading. */
function identifyJpeg(head: Uint8Array): FileFormat {
  const jfif = startsWith(head, [0xff, 0xe0], 2) && latin1(head, 6, 11) === 'JFIF\0';
  const version = jfif ? `${head[11]}.${String(head[12]).padStart(2, '0')}` : '';
  if (version === '1.00') return format('fmt/42', 'image/jpeg', 'JPEG (JFIF 1.00)');
  if (version === '1.02') return format('fmt/44', 'image/jpeg', 'JPEG (JFIF 1.02)');
  return format('fmt/43', 'image/jpeg', jfif ? `JPEG (JFIF ${version})` : 'JPEG');
}

const SAFE_MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

function unknown(declaredMimeType: string | undefined): FileFormat {
  const declared = declaredMimeType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return { format: UNKNOWN_FORMAT, mimeType: SAFE_MIME.test(declared) ? declared : 'application/octet-stream', formatDetaljer: null };
}
