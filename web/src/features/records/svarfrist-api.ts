import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

export type Svarfrister = ApiResponse<'/api/organisasjon/svarfrister'>;

const svarfristKey = ['svarfrister'] as const;

/** The organisation's due-date periods for incoming post (ordinary and urgent). */
export function useSvarfrister() {
  return useQuery({
    queryKey: svarfristKey,
    queryFn: () => api<Svarfrister>('/api/organisasjon/svarfrister'),
    staleTime: 5 * 60_000,
  });
}

export function useSetSvarfrister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/organisasjon/svarfrister', 'put'>) =>
      api<Svarfrister>('/api/organisasjon/svarfrister', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(svarfristKey, saved),
  });
}
