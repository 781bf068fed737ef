import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/use-language';

/** One entry of a Noark 5 code list, named in both languages. */
export interface Kode {
  code: string;
  nb: string;
  en: string;
}

export type KodelisteNavn =
  | 'saksstatus'
  | 'journalstatus'
  | 'journalposttype'
  | 'korrespondanseparttype'
  | 'dokumenttype'
  | 'tilknyttetRegistreringSom'
  | 'tilgangskode'
  | 'innsynHjemmel';

export type Kodelister = Partial<Record<KodelisteNavn, Kode[]>>;

/** The server sends some codes bare ('B') and some with their names ({ code, nb, en }). */
export type CodeValue = string | Kode;

export function codeOf(value: CodeValue | null | undefined): string {
  return typeof value === 'string' ? value : (value?.code ?? '');
}

export const kodelisterKey = ['kodelister'] as const;

/** The code lists change only with a new release: fetch them once. */
export function useKodelister() {
  return useQuery({ queryKey: kodelisterKey, queryFn: () => api<Kodelister>('/api/kodelister'), staleTime: Infinity });
}

/** A code list's entries, empty until loaded. */
export function useKodeliste(list: KodelisteNavn): Kode[] {
  return useKodelister().data?.[list] ?? [];
}

/** "B – Under behandling" style names for codes; the bare code while the lists load. */
export function useCodeName() {
  const { data } = useKodelister();
  const { pick } = useLanguage();
  return (list: KodelisteNavn, value: CodeValue | null | undefined): string => {
    if (!value) return '';
    if (typeof value !== 'string') return pick(value);
    const entry = data?.[list]?.find((c) => c.code === value);
    return entry ? pick(entry) : value;
  };
}
