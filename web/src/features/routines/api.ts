import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse, ItemOf } from '../../api/types';
import { saksmappeKey } from '../cases/api';
import { journalpostKey } from '../records/api';

export type Aktiviteter = ApiResponse<'/api/journalposter/{id}/aktiviteter'>;
export type Aktivitet = ItemOf<Aktiviteter>;
export type ActivityObject = 'journalpost' | 'saksmappe';

const PATH: Record<ActivityObject, string> = { journalpost: 'journalposter', saksmappe: 'saksmapper' };

/** Under the object's own key, so whatever changes the object asks for its activities again. */
export const aktiviteterKey = (objekt: ActivityObject, id: string) =>
  [...(objekt === 'journalpost' ? journalpostKey(id) : saksmappeKey(id)), 'aktiviteter'] as const;

/** The routine's activities open to me on a record or a case now (GET …/aktiviteter). */
export function useAktiviteter(objekt: ActivityObject, id: string) {
  return useQuery({
    queryKey: aktiviteterKey(objekt, id),
    queryFn: () => api<Aktiviteter>(`/api/${PATH[objekt]}/${encodeURIComponent(id)}/aktiviteter`),
  });
}
