import { declaredZipSize } from './domain/zip-size.js';

/** Formats whose text we extract for search: PDF (all versions and PDF/A), DOCX, plain text and CSV. */
export function isExtractable(mimeType: string): boolean {
  return mimeType === 'application/pdf' || mimeType === DOCX || mimeType.startsWith('text/plain') || mimeType === 'text/csv';
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The search index stores at most this many characters per file (PostgreSQL's tsvector tops out near 1 MB). */
export const MAX_TEXT_CHARS = 500_000;

/** Limits of one extraction; the child process adds memory and time limits around it. */
export const EXTRACTION_LIMITS = {
  /** A DOCX whose entries claim more than this unpacked is not opened. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxZipEntries: 5_000,
  /** Pages of a PDF read for the index; the rest is left out. */
  maxPdfPages: 2_000,
};

/** A file whose text will never be extracted (not worth trying again). */
export class NotExtractableError extends Error {}

/** Plain text of a file for full-text search; undefined for formats without extractable text. */
export async function extractText(bytes: Uint8Array, mimeType: string): Promise<string | undefined> {
  let text: string | undefined;
  // The parsers load on first use, so they do not slow down the start of the process.
  if (mimeType === 'application/pdf') text = await pdfText(bytes);
  else if (mimeType === DOCX) text = await docxText(bytes);
  else if (mimeType.startsWith('text/plain') || mimeType === 'text/csv') {
    const charset = /charset=([\w-]+)/.exec(mimeType)?.[1] ?? 'utf-8';
    text = new TextDecoder(charset).decode(bytes);
  }
  return text === undefined ? undefined : normalise(text);
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const pages: string[] = [];
    let chars = 0;
    const last = Math.min(pdf.numPages, EXTRACTION_LIMITS.maxPdfPages);
    for (let n = 1; n <= last && chars < MAX_TEXT_CHARS; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const page = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(page);
      chars += page.length;
    }
    return pages.join('\n');
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const size = declaredZipSize(bytes);
  if (size.unpackedBytes > EXTRACTION_LIMITS.maxUnpackedBytes || size.entries > EXTRACTION_LIMITS.maxZipEntries) {
    throw new NotExtractableError(
      `the DOCX unpacks to ${Number.isFinite(size.unpackedBytes) ? `${Math.round(size.unpackedBytes / 1024 / 1024)} MB` : 'an unknown size'} in ${size.entries} parts; the limit is ${EXTRACTION_LIMITS.maxUnpackedBytes / 1024 / 1024} MB`,
    );
  }
  const { default: mammoth } = await import('mammoth');
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/** PostgreSQL text cannot hold NUL; runs of whitespace carry no meaning for search. */
function normalise(text: string): string {
  return text
    .replace(/\u0000/g, ' ')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, MAX_TEXT_CHARS);
}
