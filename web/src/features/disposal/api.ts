import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { toQuery } from '../cases/api';

export type DuePage = ApiResponse<'/api/kassasjon/liste'>;
export type Disposed = ApiResponse<'/api/saksmapper/{id}/kassasjon', 'post'>;

export interface DueFilter {
  kassasjonsdatoTil: string;
  kassasjonsvedtak: string;
  side: number;
}

export const PER_PAGE = 50;

/** The Kassasjonsliste (krav 6.1.28): the archive's closed cases due for disposal or review. */
export function useDueList(f: DueFilter) {
  const query = toQuery({ ...f, perSide: PER_PAGE });
  return useQuery({
    queryKey: ['kassasjon', 'liste', query],
    queryFn: () => api<DuePage>(`/api/kassasjon/liste?${query}`),
    placeholderData: keepPreviousData,
  });
}

/** Carries out the disposal of one case; the list is read again afterwards. */
export function useDispose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (saksmappeId: string) => api<Disposed>(`/api/saksmapper/${saksmappeId}/kassasjon`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['kassasjon'] }),
  });
}
