import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { inTenantForSearch } from './search-index-queue.js';
import { normaliseSearchText, splitSnippet, type SnippetPart } from './domain/query-text.js';
import { sokRepository as repo, type SearchFilters } from './sok-repository.js';

export interface SearchInput {
  q?: string | undefined;
  filters?: SearchFilters;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface SearchHit {
  type: 'saksmappe' | 'journalpost';
  id: string;
  saksmappeId: string;
  /** "2026/123" for a case, "2026/123-4" for a record. */
  nummer: string;
  tittel: string;
  status: string;
  journalposttype: string | null;
  /** The access code, shown as in the public journal: the reader learns that it is screened, not what. */
  tilgangskode: string | null;
  dato: string;
  rang: number;
  utdrag: SnippetPart[] | null;
}

export interface SearchResult {
  items: SearchHit[];
  /** Hits counted, at most MAX_RESULTS. */
  total: number;
  /** True when there are more hits than MAX_RESULTS: narrow the search to see them. */
  flere: boolean;
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 100;
/**
 * How deep a search reaches: hits are counted, ranked and paged only up to
 * here. Counting and ranking every match of a common word in a large
 * archive costs the database dearly, and nobody reads past the first
 * thousand; the reader narrows the search instead.
 */
export const MAX_RESULTS = 1000;

/**
 * Full-text search over the active organisation's cases and records, ranked
 * (number > title > party > document text), filtered and paged. An empty
 * query lists by date, newest first. What the reader may not see of screened
 * information neither matches nor shows in titles and snippets.
 */
export async function search(ctx: Ctx, input: SearchInput): Promise<SearchResult> {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 20;
  if (!Number.isInteger(page) || page < 1) throw fieldError('side', 'må være 1 eller mer', 'must be 1 or more');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw fieldError('perSide', `må være mellom 1 og ${MAX_PAGE_SIZE}`, `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  if ((page - 1) * pageSize >= MAX_RESULTS) {
    throw fieldError(
      'side',
      `søket viser bare de ${MAX_RESULTS} første treffene; avgrens søket`,
      `the search shows only the first ${MAX_RESULTS} hits; narrow the search`,
    );
  }
  const q = normaliseSearchText(input.q ?? '') || null;
  const found = await inTenantForSearch(ctx, async (tx, reader) =>
    repo.search(tx, {
      organisasjonId: ctx.role.organisasjonId,
      q,
      reader,
      filters: input.filters ?? {},
      limit: Math.min(pageSize, MAX_RESULTS - (page - 1) * pageSize),
      offset: (page - 1) * pageSize,
      maxCount: MAX_RESULTS,
    }),
  );
  const items = found.rows.map((r) => ({
    type: r.objekt_type,
    id: r.objekt_id,
    saksmappeId: r.saksmappe_id,
    nummer: r.nummer,
    tittel: r.tittel,
    status: r.status,
    journalposttype: r.journalposttype,
    tilgangskode: r.tilgangskode,
    dato: r.dato,
    rang: Number(r.rang),
    utdrag: r.utdrag === null ? null : splitSnippet(r.utdrag),
  }));
  return { items, total: Math.min(found.total, MAX_RESULTS), flere: found.total > MAX_RESULTS, page, pageSize };
}
