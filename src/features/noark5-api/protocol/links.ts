/**
 * HATEOAS links as the tjenestegrensesnitt writes them (tg-06
 * «Oppkobling og ressurslenker»): `_links` maps a relation key to
 * `{href, templated?}`; relation keys are the specification's URLs, every
 * href ends in a slash, and the keys are sorted by ASCII value.
 */
export const REL_BASE = 'https://rel.arkivverket.no/noark5/v5/api/';

/** The specification's relation URL of `package/name`, e.g. rel('arkivstruktur/arkiv'). */
export const rel = (path: string) => `${REL_BASE}${path}/`;

export interface Link {
  href: string;
  templated?: true;
}

export type Links = Record<string, Link>;

/** The query template a list that supports OData announces (tg-06 «Finne objekter»). */
export const LIST_TEMPLATE = '{?$filter&$orderby&$top&$skip}';
/** A sub-list read a page at a time, without filtering. */
export const PAGE_TEMPLATE = '{?$top&$skip}';

export type LinkEntry =
  [relation: string, href: string] | [relation: string, href: string, templated: true] | false | '' | null | undefined;

/** `_links` from entries; falsy entries (a link the caller may not follow) are left out. */
export function linksOf(entries: readonly LinkEntry[]): Links {
  const kept = entries.filter((e): e is Exclude<LinkEntry, false | '' | null | undefined> => Boolean(e));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(kept.map(([relation, href, templated]) => [relation, templated ? { href, templated } : { href }]));
}
