import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { journalpostKey } from '../records/api';

export type SvarOgEkspedering = ApiResponse<'/api/journalposter/{id}/svar'>;
export type Ekspedering = SvarOgEkspedering['ekspedering'][number];

export const svarKey = (id: string) => [...journalpostKey(id), 'svar'] as const;

/** The record's answers, write-offs and dispatch per recipient; looked at again while a recipient waits for its channel. */
export function useSvarOgEkspedering(id: string) {
  return useQuery({
    queryKey: svarKey(id),
    queryFn: () => api<SvarOgEkspedering>(`/api/journalposter/${encodeURIComponent(id)}/svar`),
    refetchInterval: (query) => (query.state.data?.ekspedering.some((e) => e.status !== 'sendt') ? 10_000 : false),
  });
}

/** «Prøv igjen»: the record's failed dispatches tried again now. */
export function useProvEkspederingIgjen(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<ApiResponse<'/api/journalposter/{id}/ekspedering/prov-igjen', 'post'>>(
        `/api/journalposter/${encodeURIComponent(id)}/ekspedering/prov-igjen`,
        { method: 'POST' },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: svarKey(id) }),
  });
}
