import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse, ItemOf } from '../../api/types';
import { uploadWithProgress } from '../documents/upload';

export type QueueView = 'aapne' | 'behandlet';
export type QueuePage = ApiResponse<'/api/mottak'>;
export type AllQueuesPage = ApiResponse<'/api/mottak/alle-organisasjoner'>;
export type QueueItem = ItemOf<QueuePage>;
export type Mottak = ApiResponse<'/api/mottak/{id}'>;
export type MottakFil = Mottak['filer'][number];
export type Received = ApiResponse<'/api/mottak/skanning', 'post'>;
export type Registration = ApiBody<'/api/mottak/{id}/registrering', 'post'>;
export type Arkivbegrensning = ApiBody<'/api/mottak/{id}/arkivbegrensning', 'post'>;
export type InnsynskravFraMottak = ApiBody<'/api/mottak/{id}/innsynskrav', 'post'>;
export type InnsynskravRegistrert = ApiResponse<'/api/mottak/{id}/innsynskrav', 'post'>;
export type Grunn = ItemOf<ApiResponse<'/api/arkivbegrensning-grunner'>>;

const key = ['mottak'] as const;

/** A page of the active organisation's queue, or (all) of every organisation where the reader is archivist. */
export function useQueue(view: QueueView, side: number, all: boolean) {
  return useQuery({
    queryKey: [...key, 'liste', view, side, all],
    queryFn: () =>
      api<QueuePage & Partial<Pick<AllQueuesPage, 'organisasjoner'>>>(
        `/api/mottak${all ? '/alle-organisasjoner' : ''}?visning=${view}&side=${side}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMottak(id: string) {
  return useQuery({ queryKey: [...key, 'post', id], queryFn: () => api<Mottak>(`/api/mottak/${encodeURIComponent(id)}`) });
}

export function useForwarded(side: number) {
  return useQuery({
    queryKey: [...key, 'videresendt', side],
    queryFn: () => api<QueuePage>(`/api/mottak/videresendt?side=${side}`),
    placeholderData: keepPreviousData,
  });
}

export function useGrunner(enabled: boolean) {
  return useQuery({
    queryKey: ['arkivbegrensning-grunner'],
    queryFn: () => api<ApiResponse<'/api/arkivbegrensning-grunner'>>('/api/arkivbegrensning-grunner'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export const fileUrl = (filId: string) => `/api/mottak-filer/${encodeURIComponent(filId)}/fil`;
export const originalUrl = (id: string) => `/api/mottak/${encodeURIComponent(id)}/original`;

/** Scans go to the scan channel, .eml files to the e-mail channel (the server checks each by its content). */
export function useUploadPost(csrfToken: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { files: File[]; modus: 'hver' | 'samlet'; sider: string }) => {
      const eml = input.files.filter((f) => /\.eml$/i.test(f.name));
      const scans = input.files.filter((f) => !/\.eml$/i.test(f.name));
      const results: Received[] = [];
      const send = (url: string, files: File[], fields: Record<string, string>) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
        for (const f of files) form.append('filer', f, f.name);
        return uploadWithProgress<Received>({ url, form, csrfToken, onProgress: () => undefined });
      };
      if (scans.length > 0) results.push(await send('/api/mottak/skanning', scans, { modus: input.modus, sider: input.sider.trim() }));
      if (eml.length > 0) results.push(await send('/api/mottak/epost', eml, {}));
      return results.flatMap((r) => r.items);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useRegister(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Registration) =>
      api<ApiResponse<'/api/mottak/{id}/registrering', 'post'>>(`/api/mottak/${encodeURIComponent(id)}/registrering`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Registers the post as an access request in the records it names. */
export function useRegisterAccessRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InnsynskravFraMottak) =>
      api<InnsynskravRegistrert>(`/api/mottak/${encodeURIComponent(id)}/innsynskrav`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useKeepOut(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Arkivbegrensning) => api(`/api/mottak/${encodeURIComponent(id)}/arkivbegrensning`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
