/** Formats whose text we extract for search: PDF (all versions and PDF/A), DOCX, plain text and CSV. */
export function isExtractable(mimeType: string): boolean {
  return mimeType === 'application/pdf' || mimeType === DOCX || mimeType.startsWith('text/plain') || mimeType === 'text/csv';
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The search index stores at most this many characters per file (PostgreSQL's tsvector tops out near 1 MB). */
export const MAX_TEXT_CHARS = 500_000;

/** Plain text of a file for full-text search; undefined for formats without extractable text. */
export async function extractText(bytes: Uint8Array, mimeType: string): Promise<string | undefined> {
  let text: string | undefined;
  // The parsers load on first use, so they do not slow down the server's start.
  if (mimeType === 'application/pdf') {
    const { extractText: extractPdfText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    try {
      text = (await extractPdfText(pdf, { mergePages: true })).text;
    } finally {
      await pdf.destroy();
    }
  } else if (mimeType === DOCX) {
    const { default: mammoth } = await import('mammoth');
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } else if (mimeType.startsWith('text/plain') || mimeType === 'text/csv') {
    const charset = /charset=([\w-]+)/.exec(mimeType)?.[1] ?? 'utf-8';
    text = new TextDecoder(charset).decode(bytes);
  }
  return text === undefined ? undefined : normalise(text);
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
