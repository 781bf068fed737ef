import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface Arkivdel {
  id: string;
  kortnavn: string;
  tittel: string;
  arkivdelstatus: { code: string; nb: string; en: string };
  /** The system that classes new cases in this part (subject key, fødselsnummer, gnr/bnr). */
  primaerKlassifikasjonssystemId: string | null;
  sekundaereKlassifikasjonssystemIder: string[];
}

export interface Klassifikasjonssystem {
  id: string;
  kortnavn: string;
  tittel: string;
  klassifikasjonstype: string;
  /** null: subject classes to choose from; 'fnr' or 'gnrbnr': an object value to type. */
  verdiformat: string | null;
}

export interface Klasse {
  id: string;
  klasseId: string;
  tittel: string;
  overordnetKlasseId: string | null;
}

interface Items<T> {
  items: T[];
}

// Archive structure changes rarely; a few minutes of caching spares the forms a round trip.
const staleTime = 5 * 60_000;

export function useArkivdeler() {
  return useQuery({ queryKey: ['arkivdeler'], queryFn: () => api<Items<Arkivdel>>('/api/arkivdeler'), staleTime });
}

export function useKlassifikasjonssystemer() {
  return useQuery({
    queryKey: ['klassifikasjonssystemer'],
    queryFn: () => api<Items<Klassifikasjonssystem>>('/api/klassifikasjonssystemer'),
    staleTime,
  });
}

export function useKlasser(systemId: string | undefined) {
  return useQuery({
    queryKey: ['klasser', systemId],
    queryFn: () => api<Items<Klasse>>(`/api/klassifikasjonssystemer/${encodeURIComponent(systemId ?? '')}/klasser`),
    enabled: Boolean(systemId),
    staleTime,
  });
}

/** The primary classification system of an archive part, if it has one. */
export function primarySystemId(arkivdel: Arkivdel | undefined): string | undefined {
  return arkivdel?.primaerKlassifikasjonssystemId ?? undefined;
}
