import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse, ItemOf } from '../../api/types';
import { useShell } from '../../app/shell-context';
import { uploadWithProgress } from '../documents/upload';

export type Brevmal = ItemOf<ApiResponse<'/api/maler'>>;
export type Maltype = Brevmal['maltype'];
export type Flettefelt = ApiResponse<'/api/maler/flettefelt'>;
export type Brevhode = ApiResponse<'/api/brevhode'>;
export type BrevmalEndring = ApiBody<'/api/maler/{id}', 'patch'>;

const key = ['maler'] as const;

/** Active templates, for one record type (the picker) or all; the system owner may ask for the deactivated ones too. */
export function useBrevmaler(options: { journalposttype?: string; medInaktive?: boolean; enabled?: boolean } = {}) {
  const params = new URLSearchParams();
  if (options.journalposttype) params.set('journalposttype', options.journalposttype);
  if (options.medInaktive) params.set('medInaktive', 'true');
  return useQuery({
    queryKey: [...key, options.journalposttype ?? '', options.medInaktive ?? false],
    queryFn: () => api<ApiResponse<'/api/maler'>>(`/api/maler?${params.toString()}`),
    enabled: options.enabled ?? true,
  });
}

export function useFlettefelt() {
  return useQuery({ queryKey: ['flettefelt'], queryFn: () => api<Flettefelt>('/api/maler/flettefelt'), staleTime: Infinity });
}

export function useBrevhode() {
  return useQuery({ queryKey: ['brevhode'], queryFn: () => api<Brevhode>('/api/brevhode') });
}

export function useSaveBrevhode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/brevhode', 'put'>) => api<Brevhode>('/api/brevhode', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(['brevhode'], saved),
  });
}

export function useUpdateBrevmal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: BrevmalEndring & { id: string }) =>
      api<Brevmal>(`/api/maler/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** A new template (fields, then the DOCX), or with `id` a new file for an existing one. */
export function useUploadBrevmal() {
  const queryClient = useQueryClient();
  const { session } = useShell();
  return useMutation({
    mutationFn: ({ id, fields, file }: { id?: string; fields: Record<string, string>; file: File }) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('fil', file);
      const url = id ? `/api/maler/${encodeURIComponent(id)}/fil` : '/api/maler';
      return uploadWithProgress<Brevmal>({ url, form, csrfToken: session.csrfToken, onProgress: () => undefined });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const templateFileUrl = (id: string) => `/api/maler/${encodeURIComponent(id)}/fil`;
