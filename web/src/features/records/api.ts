import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Kode } from '../common/code-lists';
import { saksmappeKey, saksmapperKey } from '../cases/api';
import type { Journalpost, NyJournalpost } from './types';

export const journalpostKey = (id: string) => ['journalpost', id] as const;

export function useJournalpost(id: string) {
  return useQuery({ queryKey: journalpostKey(id), queryFn: () => api<Journalpost>(`/api/journalposter/${encodeURIComponent(id)}`) });
}

export function useJournalpostNesteStatuser(id: string, current: string | undefined) {
  return useQuery({
    queryKey: [...journalpostKey(id), 'neste-statuser', current],
    queryFn: () => api<{ items: Kode[] }>(`/api/journalposter/${encodeURIComponent(id)}/neste-statuser`),
    enabled: current !== undefined,
  });
}

export function useRegisterJournalpost(saksmappeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NyJournalpost) =>
      api<{ id: string }>(`/api/saksmapper/${encodeURIComponent(saksmappeId)}/journalposter`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: saksmappeKey(saksmappeId) }),
  });
}

export function useSetJournalstatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (journalstatus: string) =>
      api<unknown>(`/api/journalposter/${encodeURIComponent(id)}/status`, { method: 'POST', body: { journalstatus } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: journalpostKey(id) });
      // The case page lists the record's status too.
      await queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === saksmappeKey('')[0] || q.queryKey[0] === saksmapperKey[0],
      });
    },
  });
}
