import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ScreenedLevel } from './screening-scope';

/** The screening every case, record and document body carries (the server's SkjermingBody). */
export interface Skjerming {
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  skjermingMetadata: string[];
  skjermingDokument: boolean;
  tilgangsgruppeId: string | null;
  /** Years (Noark 5 skjermingsvarighet). */
  skjermingVarighet: number | null;
  /** ISO date (Noark 5 skjermingOpphoererDato). */
  skjermingOpphoerer: string | null;
  /** Empty for a reader without access: they would tell where the name is. */
  skjermedeTittelord: number[];
  fullTilgang: boolean;
}

/** What the screening form needs of a case, record or document: its title and screening. */
export type ScreenedObject = Skjerming & { tittel: string; offentligTittel: string | null };

/** An access code of the organisation, with its usual legal basis. */
export interface Tilgangskode {
  kode: string;
  navn: string;
  skjermingshjemmel: string | null;
  aktiv: boolean;
}

export interface SkjermingInput {
  tilgangskode: string | null;
  skjermingshjemmel?: string;
  skjermingMetadata?: string[];
  skjermingDokument?: boolean;
  skjermedeTittelord?: number[];
  tilgangsgruppeId?: string | null;
  skjermingVarighet?: number | null;
  skjermingOpphoerer?: string | null;
}

/** The organisation's access codes; they change rarely. */
export function useTilgangskoder(enabled: boolean) {
  return useQuery({
    queryKey: ['tilgangskoder'],
    queryFn: () => api<{ items: Tilgangskode[] }>('/api/tilgangskoder'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

const PATH: Record<ScreenedLevel, string> = {
  saksmappe: 'saksmapper',
  journalpost: 'journalposter',
  dokumentbeskrivelse: 'dokumentbeskrivelser',
};

/** Sets (or, with code null, lifts) the screening; what shows the object is fetched again. */
export function useSetSkjerming(level: ScreenedLevel, id: string, refresh: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SkjermingInput) => api(`/api/${PATH[level]}/${encodeURIComponent(id)}/skjerming`, { method: 'PUT', body: input }),
    onSuccess: () => Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
