import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { saksmappeKey, saksmapperKey } from '../cases/api';
import { journalpostKey } from './api';
import type { JournalpostEndring } from './edit-record-values';
import type { Journalpost } from './types';

const path = (id: string) => `/api/journalposter/${encodeURIComponent(id)}`;

/** PATCH with the changed fields only; the record page and its case show the new values. */
export function useUpdateJournalpost(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: JournalpostEndring) => api<Journalpost>(path(id), { method: 'PATCH', body: changes }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: journalpostKey(id) });
      await queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === saksmappeKey('')[0] || q.queryKey[0] === saksmapperKey[0],
      });
    },
  });
}
