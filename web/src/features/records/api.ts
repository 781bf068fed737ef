import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SubListPages } from '../common/sub-list-paging';
import { saksmappeKey, saksmapperKey, toQuery } from '../cases/api';
import type { Journalpost, NyJournalpost, RecordList } from './types';

export const journalpostKey = (id: string) => ['journalpost', id] as const;

export type RecordPages = SubListPages<RecordList>;
export const FIRST_RECORD_PAGES: RecordPages = { korrespondanseparter: 1, merknader: 1 };
export const RECORD_PER_PAGE = 50;

/** The record with one page of its parties and remarks; another page keeps the previous one on screen until it arrives. */
export function useJournalpost(id: string, pages: RecordPages = FIRST_RECORD_PAGES) {
  const query = toQuery({ perSide: RECORD_PER_PAGE, korrespondanseparterSide: pages.korrespondanseparter, merknaderSide: pages.merknader });
  return useQuery({
    queryKey: [...journalpostKey(id), query],
    queryFn: () => api<Journalpost>(`/api/journalposter/${encodeURIComponent(id)}?${query}`),
    // The same record's previous page stays while the next loads; another record never shows through.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
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
