import { sql, type QueryExecutorProvider, type SelectQueryBuilder } from 'kysely';
import type { Window } from '../shared/paging.js';

/**
 * A window of a list query's rows, with how many rows the query has in all
 * (the same query counted: its columns and order dropped), so a list that
 * grows with use is read a page at a time.
 */
export async function pageOf<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, page: Window) {
  const [rows, count] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    query
      .clearSelect()
      .clearOrderBy()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number((count as { n: number | string }).n) };
}

/**
 * A window of a list that may be too long to count (a log of every reading),
 * counted no further than `max`: `flere` says there are more.
 */
export async function cappedPageOf<DB, TB extends keyof DB, O>(
  db: QueryExecutorProvider,
  query: SelectQueryBuilder<DB, TB, O>,
  page: Window,
  max: number,
) {
  const upTo = query
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`1`.as('x'))
    .limit(max + 1);
  const [rows, count] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    sql<{ n: number | string }>`SELECT count(*) AS n FROM (${upTo}) AS c`.execute(db),
  ]);
  const counted = Number(count.rows[0]!.n);
  return { rows, total: Math.min(counted, max), flere: counted > max };
}
