import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { PageInfo } from '../features/common/sub-list-paging';

export interface Okt {
  id: string;
  opprettetDato: string;
  sistBruktDato: string;
  utloperDato: string;
  ip: string | null;
  brukeragent: string | null;
  /** The session of this browser. */
  denne: boolean;
}

export interface ApiNokkel {
  id: string;
  navn: string;
  bruker: { id: string; brukernavn: string; navn: string };
  rolletildelingId: string;
  rolle: string;
  opprettetDato: string;
  opprettetAv: string | null;
  utloperDato: string | null;
  tilbakekaltDato: string | null;
  sistBruktDato: string | null;
  status: 'aktiv' | 'utlopt' | 'tilbakekalt';
}

export interface NyApiNokkel {
  navn: string;
  rolletildelingId: string;
  gyldigDager?: number;
}

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
