import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ApiBody, ApiResponse, ItemOf } from '../api/types';
import type { PageInfo } from '../features/common/sub-list-paging';

export type Okt = ItemOf<ApiResponse<'/api/session/okter'>>;
export type ApiNokkel = ItemOf<ApiResponse<'/api/api-tokens'>>;
export type NyApiNokkel = ApiBody<'/api/api-tokens', 'post'>;

/** A page of a list the server pages, with where it is and the total. */
interface Page<T> extends PageInfo {
  items: T[];
}

const sessionsKey = ['okter'] as const;
const tokensKey = ['api-tokens'] as const;

/** A page of my open sessions, the most recently used first. */
export function useOwnSessions(side = 1) {
  return useQuery({
    queryKey: [...sessionsKey, side],
    queryFn: () => api<Page<Okt>>(`/api/session/okter?side=${side}`),
    placeholderData: keepPreviousData,
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/session/okter/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** The system owner sees the organisation's tokens; anyone else their own. */
export function useApiTokens(side = 1) {
  return useQuery({
    queryKey: [...tokensKey, side],
    queryFn: () => api<Page<ApiNokkel>>(`/api/api-tokens?side=${side}`),
    placeholderData: keepPreviousData,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NyApiNokkel) =>
      api<{ id: string; navn: string; token: string; utloperDato: string | null }>('/api/api-tokens', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/api-tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
