import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse, ItemOf } from '../../api/types';

export type JobbSide = ApiResponse<'/api/jobber'>;
export type Jobb = ItemOf<JobbSide>;
export type JobbStatus = Jobb['status'];

export const PER_PAGE = 50;

export function useJobber(status: JobbStatus | '', page: number) {
  const params = new URLSearchParams({ limit: String(PER_PAGE), offset: String((page - 1) * PER_PAGE) });
  if (status) params.set('status', status);
  return useQuery({
    queryKey: ['jobber', status, page],
    queryFn: () => api<JobbSide>(`/api/jobber?${params.toString()}`),
    placeholderData: keepPreviousData,
    // Progress moves on its own: look again now and then while the page is open.
    refetchInterval: 5_000,
  });
}

export function useRetryJobb() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<void>(`/api/jobber/${id}/prov-igjen`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jobber'] }),
  });
}
