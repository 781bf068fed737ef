import { subListPaging, type SubListPages } from '../../shared/sub-list-pages.js';

/** A record's lists, each read a page at a time like the case page's: a record may have thousands of parties. */
const RECORD_LISTS = ['korrespondanseparter', 'merknader'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];
export type RecordPages = SubListPages<RecordList>;

export const RECORD_PAGE_SIZE = 50;
export const recordPaging = subListPaging(RECORD_LISTS, RECORD_PAGE_SIZE);

/** A record in a list (the case page's records) carries only the first few of its parties and remarks, with their totals. */
export const RECORD_ROW_PAGES: RecordPages = recordPaging.first(10);
