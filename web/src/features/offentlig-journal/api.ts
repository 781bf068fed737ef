import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse, ItemOf } from '../../api/types';

export type PublicJournal = ApiResponse<'/api/offentlig/{orgnr}/journal'>;
/** One record of the public journal as the public sees it; `id` is the record's id (for ordering access to it). */
export type PublicEntry = ItemOf<PublicJournal>;

/** What the page asks for; empty dates let the server choose (the last two weeks). */
export interface JournalParams {
  fra: string;
  til: string;
  q: string;
  side: number;
}

export const PUBLIC_PER_PAGE = 25;

/** The query string of a journal request: only what is set. */
export function journalQuery(p: Omit<JournalParams, 'side'> & { side?: number }): string {
  const query = new URLSearchParams();
  if (p.fra) query.set('fra', p.fra);
  if (p.til) query.set('til', p.til);
  if (p.q.trim()) query.set('q', p.q.trim());
  if (p.side && p.side > 1) query.set('side', String(p.side));
  return query.toString();
}

export function usePublicJournal(orgnr: string, params: JournalParams) {
  return useQuery({
    queryKey: ['offentlig-journal', orgnr, params],
    queryFn: () =>
      api<PublicJournal>(`/api/offentlig/${encodeURIComponent(orgnr)}/journal?${journalQuery(params)}&perSide=${PUBLIC_PER_PAGE}`),
    placeholderData: keepPreviousData,
    // No session: a 401 cannot happen, and the public page never sends one to the login page.
    retry: false,
  });
}

/** The offentligJournal XML of the same period and words. */
export const journalXmlUrl = (orgnr: string, p: Omit<JournalParams, 'side'>) =>
  `/api/offentlig/${encodeURIComponent(orgnr)}/journal.xml?${journalQuery(p)}`;
