import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { sessionKey } from '../../auth/session';
import { useShell } from '../../app/shell-context';
import type { PageInfo } from '../common/sub-list-paging';
import { journalpostKey } from '../records/api';
import type { Dokumentbeskrivelse } from './types';
import { uploadWithProgress, type UploadProgress } from './upload';

export const dokumenterKey = (journalpostId: string) => ['dokumenter', journalpostId] as const;

/** A page of the record's documents in number order (a record may gather many). */
export function useDokumenter(journalpostId: string, side = 1) {
  return useQuery({
    queryKey: [...dokumenterKey(journalpostId), side],
    queryFn: () =>
      api<{ items: Dokumentbeskrivelse[] } & PageInfo>(`/api/journalposter/${encodeURIComponent(journalpostId)}/dokumenter?side=${side}`),
    placeholderData: keepPreviousData,
  });
}

export interface NyttDokument {
  tittel: string;
  dokumenttype: string;
  tilknyttetRegistreringSom: string;
  file: File;
}

export function useUploadDokument(journalpostId: string) {
  const { session } = useShell();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: NyttDokument) => {
      // Text fields before the file: the server reads the stream in order.
      const form = new FormData();
      form.append('tittel', input.tittel);
      form.append('dokumenttype', input.dokumenttype);
      form.append('tilknyttetRegistreringSom', input.tilknyttetRegistreringSom);
      form.append('file', input.file, input.file.name);
      setProgress({ loaded: 0, total: input.file.size });
      const url = `/api/journalposter/${encodeURIComponent(journalpostId)}/dokumenter`;
      return uploadWithProgress<Dokumentbeskrivelse>({ url, form, csrfToken: session.csrfToken, onProgress: setProgress });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: dokumenterKey(journalpostId) });
      await queryClient.invalidateQueries({ queryKey: journalpostKey(journalpostId) });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
