/** What replaces each screened word of a title. */
export const SKJULT_ORD = '*****';

export interface TitleScreening {
  tittel: string;
  offentligTittel: string | null;
  tilgangskode: string | null;
  /** 0-based indices of the words (split on white space) to hide. */
  skjermedeTittelord: readonly number[];
}

/** The public titles seed 001 prescribes for personnel (P) and pupil (E) files. */
const FILE_TITLES: Record<string, string> = { P: 'Personalmappe', E: 'Elevmappe' };

/**
 * The title a reader without access sees (offentlig tittel). Marked words
 * become *****; else an offentlig tittel written by hand; else a personnel
 * or pupil case is «Personalmappe» / «Elevmappe»; else a screened object
 * without either shows ***** alone (never its title), a public one its title.
 */
export function publicTitle(t: TitleScreening, objektType: 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse'): string {
  if (t.skjermedeTittelord.length > 0) return maskWords(t.tittel, t.skjermedeTittelord);
  if (t.offentligTittel) return t.offentligTittel;
  if (t.tilgangskode === null) return t.tittel;
  const fileTitle = objektType === 'saksmappe' ? FILE_TITLES[t.tilgangskode] : undefined;
  return fileTitle ?? SKJULT_ORD;
}

/** Replaces the marked words; a run of hidden words shows as one *****, so their count is not told. */
export function maskWords(tittel: string, hidden: readonly number[]): string {
  const out: string[] = [];
  tittel
    .trim()
    .split(/\s+/)
    .forEach((word, i) => {
      const masked = hidden.includes(i);
      if (masked && out.at(-1) === SKJULT_ORD) return;
      out.push(masked ? SKJULT_ORD : word);
    });
  return out.join(' ');
}
