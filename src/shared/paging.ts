import { z } from 'zod';

/** One page of a list: which page (from 1) and how many rows per page. */
export interface PageRequest {
  side: number;
  perSide: number;
}

/** A page as a body tells it: where it is and how many there are in all, so a client can fetch the rest. */
export interface PageInfo extends PageRequest {
  total: number;
}

/** The SQL window of a page. */
export interface Window {
  limit: number;
  offset: number;
}

export const windowOf = (page: PageRequest): Window => ({ limit: page.perSide, offset: (page.side - 1) * page.perSide });

export const pageInfo = (page: PageRequest, total: number): PageInfo => ({ ...page, total });

export const PageInfoBody = z.object({ side: z.int(), perSide: z.int(), total: z.int() });

/** A `side` query parameter: 1 or more, at most `max` (a page beyond any real list is refused, not scanned for). */
export const sideParam = (max = 100_000) => z.coerce.number().int().min(1).max(max).default(1);

/** A `perSide` query parameter between 1 and `max`. */
export const perSideParam = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** The query of a list read a page at a time: `side`, and `perSide` between 1 and `max`. */
export const pageQuery = (perSide: number, max: number) => ({ side: sideParam(), perSide: perSideParam(perSide, max) });

/** A page of a list as a body tells it: its items, where it is and the list's total. */
export const pageBody = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), ...PageInfoBody.shape });
