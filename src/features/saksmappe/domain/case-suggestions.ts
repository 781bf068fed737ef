import { validationFailed, type FieldIssue } from '../../../shared/errors.js';
import { isValidFoedselsnummer, normaliseGnrBnr } from '../../arkivstruktur/klasseverdi.js';

/*
 * «Det skal alltid utføres et søk i forkant av opprettelse av ny sak for å
 * unngå dobbeltregistrering av saker» (seed 001). Before a new case is made,
 * the likely existing ones: the same party (name, organisasjonsnummer,
 * fødselsnummer), a similar title, the same object (gnr/bnr, a fødselsnummer
 * as class). Pure: what is asked, and how the hits are ranked and explained.
 */

export type SuggestionReason = 'objekt' | 'part' | 'tittel';

/** What the registrar knows of the letter, as typed. */
export interface SuggestionInput {
  tittel?: string | undefined;
  partNavn?: string | undefined;
  organisasjonsnummer?: string | undefined;
  foedselsnummer?: string | undefined;
  gnrBnr?: string | undefined;
}

/** The same, checked and normalised; absent what was not given. */
export interface SuggestionQuery {
  tittel?: string;
  partNavn?: string;
  organisasjonsnummer?: string;
  foedselsnummer?: string;
  gnrBnr?: string;
}

const MIN_TEXT = 3;

/** Normalises the input; a malformed number is refused naming its field (a typo would otherwise find nothing, silently). */
export function suggestionQuery(input: SuggestionInput): SuggestionQuery {
  const q: SuggestionQuery = {};
  const issues: FieldIssue[] = [];
  const text = (v: string | undefined) => v?.replace(/\s+/g, ' ').trim() ?? '';
  if (text(input.tittel).length >= MIN_TEXT) q.tittel = text(input.tittel);
  if (text(input.partNavn).length >= MIN_TEXT) q.partNavn = text(input.partNavn);
  const digits = (v: string | undefined) => v?.replace(/\s+/g, '') ?? '';
  const orgnr = digits(input.organisasjonsnummer);
  if (orgnr && !/^\d{9}$/.test(orgnr)) {
    issues.push({ field: 'organisasjonsnummer', message: { nb: 'må være 9 siffer', en: 'must be 9 digits' } });
  } else if (orgnr) q.organisasjonsnummer = orgnr;
  const fnr = digits(input.foedselsnummer);
  if (fnr && !isValidFoedselsnummer(fnr)) {
    issues.push({
      field: 'foedselsnummer',
      message: { nb: 'er ikke et gyldig fødselsnummer', en: 'is not a valid national identity number' },
    });
  } else if (fnr) q.foedselsnummer = fnr;
  const gnrBnr = input.gnrBnr?.trim();
  if (gnrBnr) {
    const normalised = normaliseGnrBnr(gnrBnr);
    if (!normalised)
      issues.push({ field: 'gnrBnr', message: { nb: 'må skrives gnr/bnr, f.eks. 12/34', en: 'must be written gnr/bnr, e.g. 12/34' } });
    else q.gnrBnr = normalised;
  }
  if (issues.length > 0) throw validationFailed(issues);
  return q;
}

export const isEmptyQuery = (q: SuggestionQuery) => Object.keys(q).length === 0;

/** A case found by one of the ways, with how alike its title is (0 when not found by title). */
export interface SuggestionHit {
  id: string;
  reason: SuggestionReason;
  likhet?: number;
}

export interface RankedSuggestion {
  id: string;
  grunner: SuggestionReason[];
  likhet: number;
}

/** The same object outweighs the same party, which outweighs a title that only looks alike. */
const WEIGHT: Record<SuggestionReason, number> = { objekt: 4, part: 2, tittel: 1 };
const ORDER: readonly SuggestionReason[] = ['objekt', 'part', 'tittel'];

/** One row per case, its reasons in a fixed order, ranked by the reasons' weights and then title likeness. */
export function rankSuggestions(hits: readonly SuggestionHit[], limit: number): RankedSuggestion[] {
  const byCase = new Map<string, { grunner: Set<SuggestionReason>; likhet: number; first: number }>();
  hits.forEach((h, i) => {
    const entry = byCase.get(h.id) ?? { grunner: new Set(), likhet: 0, first: i };
    entry.grunner.add(h.reason);
    entry.likhet = Math.max(entry.likhet, h.likhet ?? 0);
    byCase.set(h.id, entry);
  });
  const score = (e: { grunner: Set<SuggestionReason>; likhet: number }) =>
    [...e.grunner].reduce((sum, r) => sum + WEIGHT[r], 0) + Math.min(e.likhet, 1);
  return [...byCase.entries()]
    .sort(([, a], [, b]) => score(b) - score(a) || a.first - b.first)
    .slice(0, limit)
    .map(([id, e]) => ({ id, grunner: ORDER.filter((r) => e.grunner.has(r)), likhet: Math.round(e.likhet * 1000) / 1000 }));
}
