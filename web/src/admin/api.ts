import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

export interface Enhet {
  id: string;
  kortnavn: string;
  navn: string;
  overordnetEnhetId: string | null;
}

export interface Bruker {
  id: string;
  brukernavn: string;
  navn: string;
  roller: { id: string; rolle: string; enhet: { id: string; navn: string } | null }[];
}

export interface NyEnhet {
  kortnavn: string;
  navn: string;
  overordnetEnhetId?: string;
}

interface Items<T> {
  items: T[];
}

export const enheterKey = ['enheter'] as const;
export const brukereKey = ['brukere'] as const;

export function useEnheter() {
  return useQuery({ queryKey: enheterKey, queryFn: () => api<Items<Enhet>>('/api/enheter') });
}

export function useBrukere() {
  return useQuery({ queryKey: brukereKey, queryFn: () => api<Items<Bruker>>('/api/brukere') });
}

export function useCreateEnhet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NyEnhet) => api<Enhet>('/api/enheter', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enheterKey }),
  });
}
