import { createHash } from 'node:crypto';

/**
 * The ETag of an object as its reader is shown it: a strong tag over the
 * body, so any change to what the object says gives a new tag, and a PUT
 * sent with an old one is refused (optimistic concurrency, tg-06
 * «Oppdatere objekter»).
 */
export function etagOf(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/** Does an If-Match (or If-None-Match) header name this tag? `*` names any. */
export function tagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
