import { sql, type QueryExecutorProvider, type SelectQueryBuilder } from 'kysely';
import type { Window } from '../shared/paging.js';

/**
 * A window of a list query's rows, with how many rows the query has in all,
 * so a list that grows with use is read a page at a time. One statement: the
 * total rides on each row (`count(*) OVER ()`); only a page past the end,
 * which has no row to carry it, counts apart.
 */
export async function pageOf<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, page: Window) {
  // Generic rows: the extra column is typed by hand (Kysely cannot name it in a mapped type over O).
  const counted = (await query
    .select(sql<number | string>`count(*) OVER ()`.as(TOTAL))
    .limit(page.limit)
    .offset(page.offset)
    .execute()) as unknown as WithTotal<O>[];
  const rows = counted.map(withoutTotal);
  if (counted.length > 0) return { rows, total: Number(counted[0]![TOTAL]) };
  if (page.offset === 0) return { rows, total: 0 };
  const count = await query
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number((count as { n: number | string }).n) };
}

const TOTAL = 'rader_totalt';
type WithTotal<O> = O & { [TOTAL]: number | string };

function withoutTotal<O>(row: WithTotal<O>): O {
  const { [TOTAL]: _total, ...rest } = row;
  return rest as O;
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
