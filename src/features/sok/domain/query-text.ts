/**
 * Prepares the user's search text for websearch_to_tsquery. Case numbers and
 * record ids are indexed as exact lexemes ("2026/123", "2026/123-4"), so a
 * number typed with leading zeros or spaces ("2026/0123", "2026 / 123") is
 * rewritten to that form; everything else is left to PostgreSQL's parser.
 */
const NUMBER = /\b(\d{4})\s*\/\s*0*(\d{1,9})(?:\s*-\s*0*(\d{1,9}))?\b/g;

export function normaliseSearchText(text: string): string {
  return text
    .replace(NUMBER, (_m, year: string, seq: string, doc: string | undefined) => `${year}/${seq}${doc ? `-${doc}` : ''}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markers ts_headline puts around hits; control characters cannot collide with stored text tags. */
export const HIT_START = '\u0001';
export const HIT_END = '\u0002';

export interface SnippetPart {
  tekst: string;
  treff: boolean;
}

/**
 * Splits a ts_headline result into plain parts, so the client renders hits
 * without ever interpreting stored text as HTML.
 */
export function splitSnippet(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of headline.split(HIT_START).entries()) {
    const [hit, rest] = i === 0 ? [undefined, chunk] : splitOnce(chunk, HIT_END);
    if (hit) parts.push({ tekst: hit, treff: true });
    if (rest) parts.push({ tekst: rest, treff: false });
  }
  return parts;
}

function splitOnce(text: string, sep: string): [string, string] {
  const at = text.indexOf(sep);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + sep.length)];
}
