import { sql, type SelectQueryBuilder } from 'kysely';
import type { Window } from '../shared/paging.js';

/**
 * A window of a list query's rows, with how many rows the query has in all
 * (the same query counted: its columns and order dropped), so a list that
 * grows with use is read a page at a time.
 */
export async function pageOf<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, page: Window) {
  const [rows, count] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    query.clearSelect().clearOrderBy().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number((count as { n: number | string }).n) };
}
