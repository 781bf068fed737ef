import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse, ItemOf } from '../../api/types';

export type WorklistCounts = ApiResponse<'/api/arbeidslister'>;
export type Liste = WorklistCounts['items'][number]['liste'];
export type WorklistPage = ApiResponse<'/api/arbeidslister/{liste}'>;
export type WorklistItem = ItemOf<WorklistPage>;

const key = ['arbeidslister'] as const;

/** The active role's worklists and their counts (the start page). */
export function useWorklistCounts(enabled = true) {
  return useQuery({ queryKey: [...key], queryFn: () => api<WorklistCounts>('/api/arbeidslister'), enabled });
}

/** A page of one worklist. */
export function useWorklist(liste: Liste, side: number) {
  return useQuery({
    queryKey: [...key, liste, side],
    queryFn: () => api<WorklistPage>(`/api/arbeidslister/${liste}?side=${side}&perSide=50`),
    placeholderData: keepPreviousData,
  });
}

/** A step on a task or record; every worklist and the counts are read again after it. */
function useStep<B>(url: (id: string) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body?: B }) => api(url(id), { method: 'POST', body: body ?? {} }),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: ['varsler'] })]),
  });
}

export interface FordelBody {
  saksbehandlerId: string;
  frist?: string | null;
  merknad?: string | null;
}

export const useFordel = () => useStep<FordelBody>((id) => `/api/oppgaver/${encodeURIComponent(id)}/fordel`);
export const useMarkRead = () => useStep<never>((id) => `/api/oppgaver/${encodeURIComponent(id)}/lest`);
export const useMarkDone = () => useStep<never>((id) => `/api/oppgaver/${encodeURIComponent(id)}/utfort`);

/** A step on a record itself (copy, message to the archive, write-off, redistribution); the record, its log and the lists are read again. */
export function useRecordStep(journalpostId: string, step: 'kopi' | 'melding-til-arkivet' | 'avskrivning' | 'omfordeling') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => api(`/api/journalposter/${encodeURIComponent(journalpostId)}/${step}`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
