import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

export type SvarOgEkspedering = ApiResponse<'/api/journalposter/{id}/svar'>;
export type BesvarBody = ApiBody<'/api/journalposter/{id}/besvar', 'post'>;
export type EkspederBody = ApiBody<'/api/journalposter/{id}/ekspedering', 'post'>;
export type Svarmaate = BesvarBody['svarmaate'];
export type Kanal = SvarOgEkspedering['forslag'][number]['kanal'];

export const svarKey = (id: string) => ['journalpost', id, 'svar'] as const;

/** A record's answers (both ways), write-offs, dispatch per recipient and, before dispatch, the proposed channels. */
export function useSvar(id: string) {
  return useQuery({
    queryKey: svarKey(id),
    queryFn: () => api<SvarOgEkspedering>(`/api/journalposter/${encodeURIComponent(id)}/svar`),
    // A recipient waiting for its channel (e-mail, SvarUt, print) moves on its own: look again now and then.
    refetchInterval: (query) => (query.state.data?.ekspedering.some((e) => e.status === 'venter') ? 10_000 : false),
  });
}

/** «Besvar …»: the new answer's id comes back; everything is read again (lists, the record, its answers). */
export function useBesvar(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BesvarBody) =>
      api<ApiResponse<'/api/journalposter/{id}/besvar', 'post'>>(`/api/journalposter/${encodeURIComponent(id)}/besvar`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** «Ekspeder»: the record becomes E; everything is read again. */
export function useEkspeder(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EkspederBody) => api(`/api/journalposter/${encodeURIComponent(id)}/ekspedering`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
