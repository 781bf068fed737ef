import { subListPaging, type SubListPages } from '../../shared/sub-list-pages.js';

/** The case page's lists, each read a page at a time: a case may have thousands of records. */
const SUB_LISTS = ['journalposter', 'parter', 'merknader', 'kryssreferanser', 'presedenser'] as const;
export type SubList = (typeof SUB_LISTS)[number];
export type CasePages = SubListPages<SubList>;

export const CASE_PAGE_SIZE = 50;
export const casePaging = subListPaging(SUB_LISTS, CASE_PAGE_SIZE);
