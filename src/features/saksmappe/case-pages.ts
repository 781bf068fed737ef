import { z } from 'zod';
import { perSideParam, sideParam } from '../../shared/paging.js';

/** The case page's lists, each read a page at a time: a case may have thousands of records. */
export const SUB_LISTS = ['journalposter', 'parter', 'merknader', 'kryssreferanser', 'presedenser'] as const;
export type SubList = (typeof SUB_LISTS)[number];

/** Which page of each list, and how many rows per page (the same for all). */
export interface CasePages {
  perSide: number;
  side: Record<SubList, number>;
}

export const CASE_PAGE_SIZE = 50;
export const FIRST_PAGES: CasePages = {
  perSide: CASE_PAGE_SIZE,
  side: { journalposter: 1, parter: 1, merknader: 1, kryssreferanser: 1, presedenser: 1 },
};

/** Which page of each of the case page's lists (records, parts, remarks, references, precedents). */
export const CasePagesQuery = z.strictObject({
  perSide: perSideParam(CASE_PAGE_SIZE, 200),
  journalposterSide: sideParam(),
  parterSide: sideParam(),
  merknaderSide: sideParam(),
  kryssreferanserSide: sideParam(),
  presedenserSide: sideParam(),
});

export function casePages(q: z.infer<typeof CasePagesQuery>): CasePages {
  return {
    perSide: q.perSide,
    side: {
      journalposter: q.journalposterSide,
      parter: q.parterSide,
      merknader: q.merknaderSide,
      kryssreferanser: q.kryssreferanserSide,
      presedenser: q.presedenserSide,
    },
  };
}
