import { linksOf, type LinkEntry, type Links } from './links.js';

/** A list as the specification writes it: the total in `count`, the page in `results` (left out when empty), `self` and `next` links. */
export interface ListBody<T> {
  count: number;
  results?: T[];
  _links: Links;
}

/** The same list's URL with another window (server-driven paging's `next`). */
export function withWindow(url: URL, top: number, skip: number): string {
  const next = new URL(url);
  next.searchParams.set('$top', String(top));
  next.searchParams.set('$skip', String(skip));
  // URLSearchParams writes `$` as %24; the specification's examples keep it, and both are valid.
  return next.toString().replaceAll('%24', '$');
}

export function listBody<T>(
  results: readonly T[],
  count: number,
  self: URL,
  window: { top: number; skip: number },
  entries: readonly LinkEntry[] = [],
): ListBody<T> {
  const more = window.skip + results.length < count && results.length > 0;
  return {
    count,
    ...(results.length > 0 ? { results: [...results] } : {}),
    _links: linksOf([
      ['self', self.toString().replaceAll('%24', '$')],
      more && ['next', withWindow(self, window.top, window.skip + results.length)],
      ...entries,
    ]),
  };
}
