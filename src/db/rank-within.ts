import { sql, type RawBuilder } from 'kysely';
import type { Window } from '../shared/paging.js';

/**
 * A row's place among its owner's rows (`row_number()` per owner, in
 * `order`): with `inWindow` it gives the same page of each of several
 * owners' lists (the parties of each record of a case page) in one statement.
 */
export function rankWithin(owner: string, order: readonly string[]): RawBuilder<number> {
  return sql<number>`row_number() over (partition by ${sql.ref(owner)} order by ${sql.join(order.map((c) => sql.ref(c)))})`;
}

/** The ranks a window covers: after `offset`, up to `offset + limit`. */
export const inWindow = (page: Window) => ({ after: page.offset, upTo: page.offset + page.limit });
