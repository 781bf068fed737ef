import { ODataSyntaxError, type FilterExpr, type OrderBy } from './filter-ast.js';
import { parseFilter } from './parse-filter.js';

/** What a list's OData query says: the filter, the order, the window. */
export interface QueryOptions {
  filter?: FilterExpr;
  orderBy: OrderBy[];
  top: number;
  skip: number;
}

export const DEFAULT_TOP = 50;
/** Server-driven paging (tg-06 «Resultatoppdeling»): a larger $top gets this many and a next link. */
export const MAX_TOP = 200;
const MAX_SKIP = 1_000_000;

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/;

function count(option: '$top' | '$skip', raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw.trim())) throw new ODataSyntaxError(option, 0, 'må være et heltall fra 0', 'must be a whole number from 0');
  return Math.min(Number(raw.trim()), max);
}

/** `$orderby=saksdato desc, tittel`: comma-separated paths, each optionally asc or desc. */
export function parseOrderBy(raw: string | undefined): OrderBy[] {
  if (raw === undefined || raw.trim() === '') return [];
  let at = 0;
  return raw.split(',').map((part) => {
    const words = part.trim().split(/\s+/);
    const [path, direction = 'asc', extra] = words;
    const here = at;
    at += part.length + 1;
    if (!path || !PATH.test(path))
      throw new ODataSyntaxError('$orderby', here, `ugyldig feltnavn «${part.trim()}»`, `invalid field name «${part.trim()}»`);
    if (extra !== undefined || (direction !== 'asc' && direction !== 'desc')) {
      throw new ODataSyntaxError(
        '$orderby',
        here,
        `«${part.trim()}»: bare asc eller desc etter feltnavnet`,
        `«${part.trim()}»: only asc or desc may follow the field name`,
      );
    }
    return { path: path.split('/'), direction };
  });
}

/**
 * The list query options of a request ($filter, $orderby, $top, $skip).
 * Pure; throws ODataSyntaxError for the 400 answer. `$search` is not
 * offered on any list yet, so it is refused rather than silently ignored.
 */
export function parseQueryOptions(query: Record<string, string | undefined>): QueryOptions {
  if (query.$search !== undefined) {
    throw new ODataSyntaxError('$search', 0, '$search støttes ikke ennå; bruk $filter', '$search is not supported yet; use $filter');
  }
  if (query.$expand !== undefined) {
    throw new ODataSyntaxError('$expand', 0, '$expand støttes ikke; følg lenkene', '$expand is not supported; follow the links');
  }
  return {
    ...(query.$filter !== undefined ? { filter: parseFilter(query.$filter) } : {}),
    orderBy: parseOrderBy(query.$orderby),
    top: Math.max(1, count('$top', query.$top, DEFAULT_TOP, MAX_TOP)),
    skip: count('$skip', query.$skip, 0, MAX_SKIP),
  };
}
