import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse, ItemOf } from '../../api/types';
import type { PageInfo } from '../common/sub-list-paging';

export type SperretItem = ItemOf<ApiResponse<'/api/midlertidig-sperret'>>;

export type Vedtak = { vedtak: 'skjerm'; tilgangskode: string; skjermingshjemmel: string } | { vedtak: 'opphev' };

const key = ['midlertidig-sperret'] as const;

/** A page of the basket, oldest blocking first. */
export function useMidlertidigSperret(forfalt: boolean, side = 1) {
  return useQuery({
    queryKey: [...key, forfalt, side],
    queryFn: () => api<{ items: SperretItem[] } & PageInfo>(`/api/midlertidig-sperret?side=${side}${forfalt ? '&forfalt=true' : ''}`),
    placeholderData: keepPreviousData,
  });
}

export function useDecide(journalpostId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vedtak: Vedtak) =>
      api(`/api/journalposter/${encodeURIComponent(journalpostId)}/skjermingsvedtak`, { method: 'POST', body: vedtak }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
