import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ApiResponse, ItemOf } from '../api/types';

/** `innebygd`: one of U, P, E, S, XX that every organisation has. */
export type Tilgangskode = ItemOf<ApiResponse<'/api/tilgangskoder'>>;
export type Tilgangsgruppe = ItemOf<ApiResponse<'/api/tilgangsgrupper'>>;
export type Person = ItemOf<ApiResponse<'/api/tilgangsgrupper/{id}/medlemmer'>>;

/** A list with the server's word on whether the reader may change it. */
interface Editable<T> {
  items: T[];
  kanEndre: boolean;
}

export const tilgangskoderKey = ['tilgangskoder'] as const;
export const tilgangsgrupperKey = ['tilgangsgrupper'] as const;
const medlemmerKey = (id: string) => ['tilgangsgrupper', id, 'medlemmer'] as const;

export function useTilgangskoder() {
  return useQuery({ queryKey: tilgangskoderKey, queryFn: () => api<Editable<Tilgangskode>>('/api/tilgangskoder') });
}

export function useTilgangsgrupper() {
  return useQuery({ queryKey: tilgangsgrupperKey, queryFn: () => api<Editable<Tilgangsgruppe>>('/api/tilgangsgrupper') });
}

export function useMedlemmer(gruppeId: string) {
  return useQuery({
    queryKey: medlemmerKey(gruppeId),
    queryFn: () => api<Editable<Person>>(medlemmerUrl(gruppeId)),
  });
}

/** A mutation that refreshes `key` when it succeeds. */
function useRefreshing<I, O>(key: readonly unknown[], fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export type NyTilgangskode = Pick<Tilgangskode, 'kode' | 'navn'> & { skjermingshjemmel?: string };
export type KodeEndring = Partial<Pick<Tilgangskode, 'navn' | 'skjermingshjemmel' | 'aktiv'>>;

export const useCreateKode = () =>
  useRefreshing(tilgangskoderKey, (input: NyTilgangskode) => api<Tilgangskode>('/api/tilgangskoder', { method: 'POST', body: input }));

export const useUpdateKode = () =>
  useRefreshing(tilgangskoderKey, ({ kode, ...body }: KodeEndring & { kode: string }) =>
    api<Tilgangskode>(`/api/tilgangskoder/${encodeURIComponent(kode)}`, { method: 'PUT', body }),
  );

export type NyTilgangsgruppe = { navn: string; beskrivelse?: string };
export type GruppeEndring = Partial<Pick<Tilgangsgruppe, 'navn' | 'beskrivelse' | 'aktiv'>>;

export const useCreateGruppe = () =>
  useRefreshing(tilgangsgrupperKey, (input: NyTilgangsgruppe) =>
    api<Tilgangsgruppe>('/api/tilgangsgrupper', { method: 'POST', body: input }),
  );

export const useUpdateGruppe = () =>
  useRefreshing(tilgangsgrupperKey, ({ id, ...body }: GruppeEndring & { id: string }) =>
    api<Tilgangsgruppe>(`/api/tilgangsgrupper/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  );

/** Adding and removing the people of a list (a group's members, a case's internal contacts) at `url`. */
export function usePeopleMutations(url: string, key: readonly unknown[]) {
  const add = useRefreshing(key, (brukerId: string) => api<Person>(url, { method: 'POST', body: { brukerId } }));
  const remove = useRefreshing(key, (brukerId: string) => api<void>(`${url}/${encodeURIComponent(brukerId)}`, { method: 'DELETE' }));
  return { add, remove };
}

export const medlemmerUrl = (gruppeId: string) => `/api/tilgangsgrupper/${encodeURIComponent(gruppeId)}/medlemmer`;
export { medlemmerKey };

/**
 * The organisation's access codes to choose from (its own included): the
 * active ones, and `current` even if deactivated since, so a form shows what
 * the object carries.
 */
export function useTilgangskodeOptions(current?: string | null) {
  const { data } = useTilgangskoder();
  return (data?.items ?? []).filter((k) => k.aktiv || k.kode === current).map((k) => ({ value: k.kode, label: `${k.kode} – ${k.navn}` }));
}
