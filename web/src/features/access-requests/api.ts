import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

export type Innsynskrav = ApiResponse<'/api/innsynskrav/{id}'>;
export type Del = Innsynskrav['deler'][number];
export type Kvittering = ApiResponse<'/api/offentlig/{orgnr}/innsynskrav/{kvittering}'>;
export type Bestilling = ApiBody<'/api/offentlig/{orgnr}/innsynskrav', 'post'>;
export type Avgjoerelse = ApiBody<'/api/innsynskrav/{id}/deler/{delId}/avgjoerelse', 'post'>;
export type Sladding = ApiBody<'/api/innsynskrav/{id}/deler/{delId}/sladding', 'post'>;
export type Rektangel = Sladding['rektangler'][number];

const key = (id: string) => ['innsynskrav', id] as const;

/** Orders access from the public page, without login. */
export function useOrder(orgnr: string) {
  return useMutation({
    mutationFn: (body: Bestilling) =>
      api<ApiResponse<'/api/offentlig/{orgnr}/innsynskrav', 'post'>>(`/api/offentlig/${encodeURIComponent(orgnr)}/innsynskrav`, {
        method: 'POST',
        body,
      }),
  });
}

export function useKvittering(orgnr: string, kvittering: string) {
  return useQuery({
    queryKey: ['innsynskrav-kvittering', orgnr, kvittering],
    queryFn: () => api<Kvittering>(`/api/offentlig/${encodeURIComponent(orgnr)}/innsynskrav/${encodeURIComponent(kvittering)}`),
    retry: false,
  });
}

export function useInnsynskrav(id: string) {
  return useQuery({ queryKey: key(id), queryFn: () => api<Innsynskrav>(`/api/innsynskrav/${encodeURIComponent(id)}`) });
}

export const pageImageUrl = (id: string, delId: string, dokumentId: string, side: number) =>
  `/api/innsynskrav/${encodeURIComponent(id)}/deler/${encodeURIComponent(delId)}/dokumenter/${encodeURIComponent(dokumentId)}/sider/${side}`;

export function useDecide(id: string, delId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Avgjoerelse) =>
      api(`/api/innsynskrav/${encodeURIComponent(id)}/deler/${encodeURIComponent(delId)}/avgjoerelse`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
}

export function useRedact(id: string, delId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Sladding) =>
      api(`/api/innsynskrav/${encodeURIComponent(id)}/deler/${encodeURIComponent(delId)}/sladding`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
}

export function useAnswer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/api/innsynskrav/${encodeURIComponent(id)}/svar`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
}
