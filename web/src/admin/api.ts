import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ApiBody, ApiResponse, ItemOf } from '../api/types';
import { toQuery } from '../features/cases/api';

export type Enhet = ItemOf<ApiResponse<'/api/enheter'>>;
export type Bruker = ItemOf<ApiResponse<'/api/brukere'>>;
/** `gjeldende`: in force today; ended and future assignments are history or plans. */
export type Rolletildeling = Bruker['roller'][number];
export type NyEnhet = ApiBody<'/api/enheter', 'post'>;

export const enheterKey = ['enheter'] as const;
export const brukereKey = ['brukere'] as const;

export function useEnheter() {
  return useQuery({ queryKey: enheterKey, queryFn: () => api<ApiResponse<'/api/enheter'>>('/api/enheter') });
}

/** Which users to fetch: the server pages them (an organisation may have thousands) and searches by name. */
export interface UserQuery {
  /** A part of the name or user name. */
  q?: string;
  side?: number;
  perSide?: number;
  /** Only the active users with a role in force. */
  aktive?: boolean;
  integrasjon?: boolean;
}

/** The most users one request brings (the server's cap on a page); a select of people offers at most these. */
export const MAX_USERS_PER_PAGE = 500;

export function useBrukere(query: UserQuery = {}, enabled = true) {
  const params = toQuery({
    q: query.q,
    side: query.side,
    perSide: query.perSide,
    aktive: query.aktive ? 'true' : undefined,
    integrasjon: query.integrasjon ? 'true' : undefined,
  });
  return useQuery({
    queryKey: [...brukereKey, params],
    queryFn: () => api<ApiResponse<'/api/brukere'>>(`/api/brukere?${params}`),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreateEnhet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NyEnhet) => api<Enhet>('/api/enheter', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enheterKey }),
  });
}

/** Makes a user passive (sessions and tokens stop at once) or active again. */
export function useSetUserStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, aktiv }: { id: string; aktiv: boolean }) =>
      api<{ id: string; aktiv: boolean }>(`/api/brukere/${id}/status`, { method: 'PUT', body: { aktiv } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brukereKey }),
  });
}

/** Ends a role assignment at once; it stays in the list as history. */
export function useEndRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ id: string }>(`/api/rolletildelinger/${id}/avslutt`, { method: 'POST', body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brukereKey }),
  });
}
