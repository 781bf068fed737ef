/** A file's format as Noark 5 records it: PRONOM PUID (or av/0 for unknown) and the mime type we serve it as. */
export interface FileFormat {
  /** M701 format: PRONOM PUID `fmt/…`, `x-fmt/…`, or `av/0` (unknown). */
  format: string;
  mimeType: string;
  /** M702 formatDetaljer: a readable name, e.g. "PDF/A-1b". */
  formatDetaljer: string | null;
}

/** How many leading bytes identification looks at (PDF/A's XMP metadata usually sits within them). */
export const SNIFF_BYTES = 64 * 1024;

export const UNKNOWN_FORMAT = 'av/0';

export const format = (puid: string, mimeType: string, formatDetaljer: string): FileFormat => ({ format: puid, mimeType, formatDetaljer });

/** The file name's extension in lower case, without the dot ('' when none). */
export function extensionOf(filnavn: string): string {
  const base = filnavn.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end);

export function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}
