// The public title is one rule on the server and here: the preview uses the
// server's own pure function, so what the form shows is what readers get.
import { publicTitle } from '../../../../src/features/tilgang/domain/public-title.js';

export type ScreenedLevel = 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse';

/** What a user screens, in their words; the form maps it to Noark's skjermingMetadata (M502) and skjermingDokument (M503). */
export type Scope = 'tittelord' | 'parter' | 'dokumenter' | 'hele';

/**
 * The M502 codes behind each choice, per level (Noark 5 krav 5.2.19–5.2.22):
 * a case's title words (TMO) and parties (NPS); a record's title words (TRO)
 * and sender and recipient (NA, NM); a document's title (TD). «Documents» is
 * the content itself (M503). «The whole object» is every code of its level
 * and the content.
 */
const CODES: Record<ScreenedLevel, Partial<Record<Exclude<Scope, 'dokumenter'>, readonly string[]>>> = {
  saksmappe: { tittelord: ['TMO'], parter: ['NPS'], hele: ['KID', 'TKL', 'TMO', 'NPS', 'MT'] },
  journalpost: { tittelord: ['TRO'], parter: ['NA', 'NM'], hele: ['TRO', 'NA', 'NM', 'MT'] },
  dokumentbeskrivelse: { tittelord: ['TD'], hele: ['TD'] },
};

/** The choices a level offers, in the order the form shows them. */
export function scopesOf(level: ScreenedLevel): Scope[] {
  return (['tittelord', 'parter', 'dokumenter', 'hele'] as const).filter((s) => s === 'dokumenter' || CODES[level][s] !== undefined);
}

export interface NoarkScreening {
  skjermingMetadata: string[];
  skjermingDokument: boolean;
}

export function toNoark(level: ScreenedLevel, scopes: ReadonlySet<Scope>): NoarkScreening {
  const whole = scopes.has('hele');
  const codes = new Set<string>();
  for (const scope of whole ? (['hele'] as const) : scopes)
    for (const c of CODES[level][scope as Exclude<Scope, 'dokumenter'>] ?? []) codes.add(c);
  return { skjermingMetadata: [...codes].sort(), skjermingDokument: whole || scopes.has('dokumenter') };
}

/** The choices an object's stored screening amounts to (the form opens with them). */
export function fromNoark(level: ScreenedLevel, stored: NoarkScreening): Set<Scope> {
  const has = (codes: readonly string[] | undefined) => codes !== undefined && codes.every((c) => stored.skjermingMetadata.includes(c));
  const hele = CODES[level].hele;
  if (has(hele) && stored.skjermingDokument) return new Set(['hele']);
  const scopes = new Set<Scope>();
  if (has(CODES[level].tittelord)) scopes.add('tittelord');
  if (has(CODES[level].parter)) scopes.add('parter');
  if (stored.skjermingDokument) scopes.add('dokumenter');
  return scopes;
}

/** The title's words as the server counts them (split on white space): their indices are what it stores. */
export function titleWords(tittel: string): string[] {
  return tittel.trim().split(/\s+/).filter(Boolean);
}

/** The public title readers without access would see with this screening. */
export function previewPublicTitle(
  level: ScreenedLevel,
  o: { tittel: string; offentligTittel: string | null; tilgangskode: string | null; skjermedeTittelord: readonly number[] },
): string {
  return publicTitle(o, level);
}
