import { z } from 'zod';
import { pageInfo, PageInfoBody, perSideParam, sideParam, windowOf, type PageInfo, type Window } from './paging.js';

/** Which page of each of an object's lists, and how many rows per page (the same for all). */
export interface SubListPages<L extends string> {
  perSide: number;
  side: Record<L, number>;
}

type SideParams<L extends string> = { [K in L as `${K}Side`]: ReturnType<typeof sideParam> };

/**
 * The paging of a body that shows one object with a page of each of its
 * lists (a case: its records, parts, remarks …; a record: its parties and
 * remarks), so one large list cannot make the body unbounded. The query is
 * `perSide` and one `<list>Side` per list; the body says in `sider` which
 * page of each list it holds and each list's total.
 */
export function subListPaging<const L extends string>(lists: readonly L[], perSide: number, maxPerSide = 200) {
  const sides = Object.fromEntries(lists.map((list) => [`${list}Side`, sideParam()])) as SideParams<L>;
  const Query = z.strictObject({ perSide: perSideParam(perSide, maxPerSide), ...sides });
  const each = <T>(value: (list: L) => T) => Object.fromEntries(lists.map((list) => [list, value(list)])) as Record<L, T>;
  const pageOf = (pages: SubListPages<L>, list: L) => ({ side: pages.side[list], perSide: pages.perSide });
  return {
    Query,
    /** The first page of every list, `size` rows each. */
    first: (size = perSide): SubListPages<L> => ({ perSide: size, side: each(() => 1) }),
    fromQuery: (query: z.infer<typeof Query>): SubListPages<L> => {
      const asked = query as unknown as Record<string, number>;
      return { perSide: asked.perSide!, side: each((list) => asked[`${list}Side`]!) };
    },
    /** The SQL window of one list's page. */
    window: (pages: SubListPages<L>, list: L): Window => windowOf(pageOf(pages, list)),
    sider: (pages: SubListPages<L>, totals: Record<L, number>): Record<L, PageInfo> =>
      each((list) => pageInfo(pageOf(pages, list), totals[list])),
    SiderBody: z.object(each(() => PageInfoBody)),
  };
}
