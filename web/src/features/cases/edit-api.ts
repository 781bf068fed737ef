import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { saksmappeKey, saksmapperKey, type Saksmappe } from './api';
import type { SaksmappeEndring } from './edit-case-values';
import type { Part } from './types';

const path = (id: string) => `/api/saksmapper/${encodeURIComponent(id)}`;

/** PATCH with the changed fields only; the case page and the list show the new values. */
export function useUpdateSaksmappe(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: SaksmappeEndring) => api<Saksmappe>(path(id), { method: 'PATCH', body: changes }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: saksmappeKey(id) });
      await queryClient.invalidateQueries({ queryKey: saksmapperKey });
    },
  });
}

export function useAddPart(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (part: { partNavn: string; partRolle: string }) => api<Part>(`${path(id)}/parter`, { method: 'POST', body: part }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: saksmappeKey(id) }),
  });
}
