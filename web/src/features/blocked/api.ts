import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface SperretItem {
  id: string;
  saksmappeId: string;
  journalpostId: string;
  journalposttype: string;
  tittel: string;
  offentligTittel: string | null;
  journaldato: string;
  sperretDato: string;
  frist: string;
  forfalt: boolean;
  enhet: { id: string; navn: string } | null;
  saksbehandler: string | null;
}

export type Vedtak = { vedtak: 'skjerm'; tilgangskode: string; skjermingshjemmel: string } | { vedtak: 'opphev' };

const key = ['midlertidig-sperret'] as const;

export function useMidlertidigSperret(forfalt: boolean) {
  return useQuery({
    queryKey: [...key, forfalt],
    queryFn: () => api<{ items: SperretItem[] }>(`/api/midlertidig-sperret${forfalt ? '?forfalt=true' : ''}`),
  });
}

export function useDecide(journalpostId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vedtak: Vedtak) =>
      api(`/api/journalposter/${encodeURIComponent(journalpostId)}/skjermingsvedtak`, { method: 'POST', body: vedtak }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
