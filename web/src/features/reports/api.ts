import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';
import { toQuery } from '../cases/api';

export type Rapport = 'restanseliste' | 'forfallsliste';
export type ReportPage = ApiResponse<'/api/rapporter/restanseliste'>;
export type Month = ApiResponse<'/api/rapporter/maanedsoversikt'>;
export type Quarterly = ApiResponse<'/api/rapporter/restanseliste/kvartal', 'post'>;

export interface ReportFilter {
  enhetId: string;
  utelatUker: string;
  forfallTil: string;
  side: number;
}

export const PER_PAGE = 100;

/** The query of a report as the server takes it: only what applies to the report, empty fields left out. */
export function reportQuery(rapport: Rapport, f: Omit<ReportFilter, 'side'>): Record<string, string | undefined> {
  return {
    enhetId: f.enhetId || undefined,
    ...(rapport === 'restanseliste' ? { utelatUker: f.utelatUker || undefined } : { forfallTil: f.forfallTil || undefined }),
  };
}

export function useReport(rapport: Rapport, f: ReportFilter) {
  const query = toQuery({ ...reportQuery(rapport, f), side: f.side, perSide: PER_PAGE });
  return useQuery({
    queryKey: ['rapporter', rapport, query],
    queryFn: () => api<ReportPage>(`/api/rapporter/${rapport}?${query}`),
    placeholderData: keepPreviousData,
  });
}

/** The download address of a report as CSV or PDF, with the same filter. */
export function fileUrl(rapport: Rapport, f: Omit<ReportFilter, 'side'>, format: 'csv' | 'pdf'): string {
  return `/api/rapporter/${rapport}/fil?${toQuery({ ...reportQuery(rapport, f), format })}`;
}

export function useMonth(maaned: string, enhetId: string) {
  const query = toQuery({ maaned, enhetId: enhetId || undefined });
  return useQuery({
    queryKey: ['rapporter', 'maanedsoversikt', query],
    queryFn: () => api<Month>(`/api/rapporter/maanedsoversikt?${query}`),
  });
}

export function useQuarterlyRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/rapporter/restanseliste/kvartal', 'post'>) =>
      api<Quarterly>('/api/rapporter/restanseliste/kvartal', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['arbeidslister'] }),
  });
}
