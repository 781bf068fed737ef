import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';
import { journalpostKey } from '../records/api';

export type Dokumentflyt = ApiResponse<'/api/journalposter/{id}/dokumentflyt'>;
export type Runde = Dokumentflyt['runder'][number];
export type SendBody = ApiBody<'/api/journalposter/{id}/dokumentflyt', 'post'>;
export type SvarBody = ApiBody<'/api/journalposter/{id}/dokumentflyt/svar', 'post'>;

const url = (id: string) => `/api/journalposter/${encodeURIComponent(id)}/dokumentflyt`;
export const dokumentflytKey = (id: string) => [...journalpostKey(id), 'dokumentflyt'] as const;

/** The record's approval and review rounds and what the reader may answer now. */
export function useDokumentflyt(id: string) {
  return useQuery({ queryKey: dokumentflytKey(id), queryFn: () => api<Dokumentflyt>(url(id)) });
}

/** Sending and answering change the record's status buttons, log, lists and notifications: everything is read again. */
function useFlowStep<B extends object>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api(path, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export const useSendPaaFlyt = (id: string) => useFlowStep<SendBody>(url(id));
export const useSvarPaaFlyt = (id: string) => useFlowStep<SvarBody>(`${url(id)}/svar`);
