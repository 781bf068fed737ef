import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { PageInfo, SubListPages } from '../common/sub-list-paging';
import type { Skjerming } from '../screening/api';
import type { Kryssreferanse, Merknad, Named, Part, Presedens, SaksmappeSummary } from './types';
import type { JournalpostSummary } from '../records/types';

export interface Saksmappe extends SaksmappeSummary, Skjerming {
  arkivdelId: string;
  /** `verdi` is the ordningsverdi (L42) or the object value (gnr/bnr); `tittel` the class's title. */
  primaerKlasse: { klassifikasjonssystemId: string | null; klasseId: string | null; verdi: string; tittel: string | null } | null;
  beskrivelse: string | null;
  journalenhet: string | null;
  obsDato: string | null;
  avsluttetDato: string | null;
  avsluttetAv: Named | null;
  opprettetDato: string;
  /** One page of each list; `sider` says which and how many there are in all. */
  journalposter: JournalpostSummary[];
  parter: Part[];
  merknader: Merknad[];
  kryssreferanser: Kryssreferanse[];
  presedenser: Presedens[];
  sider: Record<CaseList, PageInfo>;
  /** What the reader may change now (the server's change rule); hides what it would refuse. */
  kanEndre: { saksmappe: boolean; registrer: boolean; merknad: boolean; skjerming: boolean; status: boolean };
}

/** The case page's lists, each paged by the server. */
export type CaseList = 'journalposter' | 'parter' | 'merknader' | 'kryssreferanser' | 'presedenser';
export type CasePages = SubListPages<CaseList>;
export const FIRST_CASE_PAGES: CasePages = { journalposter: 1, parter: 1, merknader: 1, kryssreferanser: 1, presedenser: 1 };
export const CASE_PER_PAGE = 50;

export interface CaseFilter {
  status: string;
  enhetId: string;
  saksansvarligId: string;
  aar: string;
  side: number;
}

export interface NySaksmappe {
  tittel: string;
  offentligTittel?: string;
  arkivdelId: string;
  administrativEnhetId: string;
  saksansvarligId: string;
  primaerKlasse?: { klasseId: string } | { klassifikasjonssystemId: string; verdi: string };
  saksdato: string;
}

export const PER_PAGE = 25;
export const saksmapperKey = ['saksmapper'] as const;
export const saksmappeKey = (id: string) => ['saksmappe', id] as const;

export function toQuery(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  return query.toString();
}

export function useSaksmapper(filter: CaseFilter) {
  const query = toQuery({
    saksstatus: filter.status,
    administrativEnhetId: filter.enhetId,
    saksansvarligId: filter.saksansvarligId,
    saksaar: filter.aar,
    limit: PER_PAGE,
    offset: (filter.side - 1) * PER_PAGE,
  });
  return useQuery({
    queryKey: [...saksmapperKey, query],
    queryFn: () => api<{ items: SaksmappeSummary[]; total: number }>(`/api/saksmapper?${query}`),
    placeholderData: keepPreviousData,
  });
}

/** The case with one page of each list; another page keeps the previous one on screen until it arrives. */
export function useSaksmappe(id: string, pages: CasePages = FIRST_CASE_PAGES) {
  const query = toQuery({
    perSide: CASE_PER_PAGE,
    journalposterSide: pages.journalposter,
    parterSide: pages.parter,
    merknaderSide: pages.merknader,
    kryssreferanserSide: pages.kryssreferanser,
    presedenserSide: pages.presedenser,
  });
  return useQuery({
    queryKey: [...saksmappeKey(id), query],
    queryFn: () => api<Saksmappe>(`/api/saksmapper/${encodeURIComponent(id)}?${query}`),
    enabled: id !== '',
    // The same case's previous page stays while the next loads; another case never shows through.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
  });
}

export function useCreateSaksmappe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NySaksmappe) => api<SaksmappeSummary>('/api/saksmapper', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: saksmapperKey }),
  });
}

export function useSetSaksstatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (saksstatus: string) =>
      api<unknown>(`/api/saksmapper/${encodeURIComponent(id)}/status`, { method: 'POST', body: { saksstatus } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: saksmappeKey(id) });
      await queryClient.invalidateQueries({ queryKey: saksmapperKey });
    },
  });
}
