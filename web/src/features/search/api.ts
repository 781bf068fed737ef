import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { toQuery } from '../cases/api';
import type { SearchHit, SearchParams } from './types';

export const SEARCH_PER_PAGE = 20;

/** Searches only when there is something to search by: words or at least one filter. */
export function useSearch(params: SearchParams) {
  const { side, ...rest } = params;
  const query = toQuery({ ...rest, side: side > 1 ? side : undefined, perSide: SEARCH_PER_PAGE });
  const hasCriteria = Object.values(rest).some((v) => v !== '');
  return useQuery({
    queryKey: ['sok', query],
    queryFn: ({ signal }) => api<{ items: SearchHit[]; total: number; flere: boolean }>(`/api/sok?${query}`, { signal }),
    enabled: hasCriteria,
    placeholderData: keepPreviousData,
  });
}

export function paramsFrom(search: URLSearchParams): SearchParams {
  const side = Number(search.get('side'));
  const get = (key: string) => search.get(key) ?? '';
  return {
    q: get('q'),
    type: get('type'),
    status: get('status'),
    enhetId: get('enhetId'),
    fra: get('fra'),
    til: get('til'),
    side: Number.isInteger(side) && side > 0 ? side : 1,
  };
}
