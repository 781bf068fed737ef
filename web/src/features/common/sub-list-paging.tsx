import { useState } from 'react';
import { Paging } from './Paging';

/** Where a page of a list is and how many there are in all, as the server says it (`sider`, change logs). */
export interface PageInfo {
  side: number;
  perSide: number;
  total: number;
}

/** Which page of each of an object's lists to show. */
export type SubListPages<L extends string> = Record<L, number>;

/**
 * The pages of one object's lists (a case's records, parts …; a record's
 * parties and remarks). They belong to that object: another one (same
 * component, new address) starts on the first pages.
 */
export function useSubListPages<L extends string>(id: string, first: SubListPages<L>) {
  const [paging, setPaging] = useState({ id, pages: first });
  const pages = paging.id === id ? paging.pages : first;
  const turn = (list: L, side: number) => setPaging({ id, pages: { ...pages, [list]: side } });
  return [pages, turn] as const;
}

interface Props<L extends string> {
  sider: Record<L, PageInfo>;
  list: L;
  label: string;
  onChange: (list: L, side: number) => void;
}

/** Paging of one of an object's lists; only shown when the list has more than one page. */
export function SubListPaging<L extends string>({ sider, list, label, onChange }: Props<L>) {
  return <PagingOf page={sider[list]} label={label} onChange={(side) => onChange(list, side)} />;
}

/** Paging of a page the server sent (where it is, how many in all); only shown when there is more than one page. */
export function PagingOf({ page, label, onChange }: { page: PageInfo; label: string; onChange: (side: number) => void }) {
  if (page.total <= page.perSide) return null;
  return <Paging page={page.side} perPage={page.perSide} total={page.total} onChange={onChange} label={label} />;
}
