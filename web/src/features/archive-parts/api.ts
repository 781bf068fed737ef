import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse, ItemOf } from '../../api/types';

export type Arkivdel = ItemOf<ApiResponse<'/api/arkivdeler'>>;
export type Periodeslutt = ApiBody<'/api/arkivdeler/{id}/periodeslutt', 'post'>;
export type Arkivformater = ApiResponse<'/api/organisasjon/arkivformater'>;

export function useArkivdeler() {
  return useQuery({ queryKey: ['arkivdeler'], queryFn: () => api<ApiResponse<'/api/arkivdeler'>>('/api/arkivdeler') });
}

/** Every period action changes the list (a successor appears, a status moves on): read it again. */
function usePeriodAction<V, R>(call: (value: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['arkivdeler'] }) });
}

export function useEndPeriod(id: string) {
  return usePeriodAction((body: Periodeslutt) =>
    api<ApiResponse<'/api/arkivdeler/{id}/periodeslutt', 'post'>>(`/api/arkivdeler/${id}/periodeslutt`, { method: 'POST', body }),
  );
}

export function useTransferOpenCases() {
  return usePeriodAction((id: string) => api<{ overfoert: number }>(`/api/arkivdeler/${id}/overfoering`, { method: 'POST' }));
}

export function useCloseArkivdel() {
  return usePeriodAction((id: string) => api<Arkivdel>(`/api/arkivdeler/${id}/avslutning`, { method: 'POST' }));
}

export function useArkivformater() {
  return useQuery({ queryKey: ['arkivformater'], queryFn: () => api<Arkivformater>('/api/organisasjon/arkivformater') });
}

export function useSetArkivformater() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (formater: string[] | null) => api<Arkivformater>('/api/organisasjon/arkivformater', { method: 'PUT', body: { formater } }),
    onSuccess: (data) => queryClient.setQueryData(['arkivformater'], data),
  });
}

export type FormatRapport = ApiResponse<'/api/arkivformat/rapport'>;
export type FormatUtvalg = FormatRapport['utvalg'];
export const RAPPORT_PER_SIDE = 50;

export function useFormatRapport(utvalg: FormatUtvalg, side: number) {
  const params = new URLSearchParams({ utvalg, side: String(side), perSide: String(RAPPORT_PER_SIDE) });
  return useQuery({
    queryKey: ['arkivformat-rapport', utvalg, side],
    queryFn: () => api<FormatRapport>(`/api/arkivformat/rapport?${params.toString()}`),
    placeholderData: keepPreviousData,
  });
}

export type Arkivuttrekk = ItemOf<ApiResponse<'/api/arkivuttrekk'>>;

/** How often the extractions are read again while one runs (its progress moves on its own). */
const RUNNING_POLL_MS = 1000;

/** The organisation's extractions, newest first; polled while one is still running. */
export function useArkivuttrekk() {
  return useQuery({
    queryKey: ['arkivuttrekk'],
    queryFn: () => api<ApiResponse<'/api/arkivuttrekk'>>('/api/arkivuttrekk'),
    refetchInterval: (query) => (query.state.data?.items.some((u) => u.status === 'pågår') ? RUNNING_POLL_MS : false),
  });
}

export function useStartArkivuttrekk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (arkivdelId: string) => api<Arkivuttrekk>(`/api/arkivdeler/${arkivdelId}/arkivuttrekk`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['arkivuttrekk'] }),
  });
}
