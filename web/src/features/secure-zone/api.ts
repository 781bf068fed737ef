import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { dokumenterKey } from '../documents/api';
import type { Dokumentbeskrivelse } from '../documents/types';

export type StepUpState = ApiResponse<'/api/sikker-sone/steg-opp'>;

const STEP_UP = '/api/sikker-sone/steg-opp';

/** Asked right before opening a secure file: the answer must be fresh, so it is never cached. */
export const fetchStepUp = () => api<StepUpState>(STEP_UP);

/** The password again; a wrong one is the dialog's error, not an ended session (hence allowUnauthorized). */
export const stepUp = (passord: string) => api<StepUpState>(STEP_UP, { method: 'POST', body: { passord }, allowUnauthorized: true });

export function useMarkPersonsensitiv(journalpostId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dokumentId: string) =>
      api<Dokumentbeskrivelse>(`/api/dokumentbeskrivelser/${encodeURIComponent(dokumentId)}/personsensitiv`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dokumenterKey(journalpostId) }),
  });
}
