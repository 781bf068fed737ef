import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface Svarfrister {
  svarfristDager: number;
  hasterSvarfristDager: number;
  kanEndre: boolean;
}

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
    mutationFn: (body: Omit<Svarfrister, 'kanEndre'>) => api<Svarfrister>('/api/organisasjon/svarfrister', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(svarfristKey, saved),
  });
}
