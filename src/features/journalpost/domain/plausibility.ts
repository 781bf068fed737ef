import { DomainError, type FieldIssue } from '../../../shared/errors.js';
import type { Rolle } from '../../../shared/roles.js';

/*
 * Plausibility rules of a record (issue 13 item 2): a record's dates must be
 * possible, and an incoming or outgoing letter is not journalført without
 * the letter itself. Pure: the use cases pass in today's date (Oslo), the
 * stored values and whether the record has a main document.
 */

/** Dates earlier than this are typing errors (year 1, 0202 …): no municipal archive holds them as received post. */
export const EARLIEST_DATE = '1900-01-01';

/** The record's dates as Oslo calendar dates ('YYYY-MM-DD'); null or absent when not set. */
export interface RecordDates {
  mottattDato?: string | null | undefined;
  dokumentetsDato?: string | null | undefined;
  forfallsdato?: string | null | undefined;
}
export type DateField = keyof RecordDates;

const NAMES: Record<DateField, { nb: string; en: string }> = {
  mottattDato: { nb: 'Mottatt dato', en: 'Received date' },
  dokumentetsDato: { nb: 'Dokumentets dato', en: 'Document date' },
  forfallsdato: { nb: 'Forfallsdato', en: 'Due date' },
};

const norwegian = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/**
 * The problems with `dates` on `today`: a received or document date in the
 * future or before 1900, a due date before 1900 or before the received date.
 * Only problems touching a field in `changed` are reported (default: every
 * field), so correcting one field is never refused for an old value of another.
 */
export function datePlausibilityIssues(dates: RecordDates, today: string, changed?: ReadonlySet<DateField>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const touches = (...fields: DateField[]) => !changed || fields.some((f) => changed.has(f));
  const add = (field: DateField, nb: string, en: string) => issues.push({ field, message: { nb, en } });
  for (const field of ['mottattDato', 'dokumentetsDato'] as const) {
    const value = dates[field];
    if (!value || !touches(field)) continue;
    if (value > today) add(field, `kan ikke være fram i tid (${norwegian(value)})`, `cannot be in the future (${value})`);
  }
  for (const field of ['mottattDato', 'dokumentetsDato', 'forfallsdato'] as const) {
    const value = dates[field];
    if (value && touches(field) && value < EARLIEST_DATE) {
      add(field, `kan ikke være før 1900 (${norwegian(value)})`, `cannot be before 1900 (${value})`);
    }
  }
  const { mottattDato: received, forfallsdato: due } = dates;
  if (received && due && due < received && touches('forfallsdato', 'mottattDato')) {
    add(
      'forfallsdato',
      `kan ikke være før mottatt dato (${norwegian(due)} er før ${norwegian(received)})`,
      `cannot be before the received date (${due} is before ${received})`,
    );
  }
  return issues;
}

/** Refuses implausible dates with IMPLAUSIBLE_DATE (400), naming each field. */
export function checkRecordDates(dates: RecordDates, today: string, changed?: ReadonlySet<DateField>): void {
  const issues = datePlausibilityIssues(dates, today, changed);
  if (issues.length === 0) return;
  const list = (lang: 'nb' | 'en') => issues.map((i) => `${NAMES[i.field as DateField][lang]} ${i.message[lang]}`).join('; ');
  throw new DomainError('IMPLAUSIBLE_DATE', { nb: `Umulig dato: ${list('nb')}.`, en: `Impossible date: ${list('en')}.` }, issues);
}

/**
 * Noark 5 dokumentmedium (M300): «F» Fysisk arkiv, «E» Elektronisk arkiv,
 * «B» Blandet. «F» on a record is the archive's confirmation that the letter
 * exists on paper only (krav 3.2.29), which lets it be journalført without a
 * scanned main document.
 */
export const PAPER_ONLY = 'F';

/** Letters to and from the outside: the types the seeds have the archive scan (seed 002 §8, seed 001 fase 1). */
const NEEDS_MAIN_DOCUMENT = new Set(['I', 'U']);

export interface JournalfoeringFacts {
  journalposttype: string;
  /** The status the record is about to get. */
  til: string;
  hasHoveddokument: boolean;
  dokumentmedium: string | null | undefined;
}

/** Whether a record of `facts` may have status `til` as far as its documents go. */
export function mayJournalfoere(facts: JournalfoeringFacts): boolean {
  if (facts.til !== 'J' || !NEEDS_MAIN_DOCUMENT.has(facts.journalposttype)) return true;
  return facts.hasHoveddokument || facts.dokumentmedium === PAPER_ONLY;
}

/** Refuses journalføring (J) of an I or U record without its main document or the archive's paper-only confirmation. */
export function checkMainDocument(facts: JournalfoeringFacts): void {
  if (mayJournalfoere(facts)) return;
  throw new DomainError(
    'MAIN_DOCUMENT_MISSING',
    {
      nb: 'Journalposten kan ikke journalføres (status J) uten hoveddokument. Last opp det skannede brevet, eller la arkivet bekrefte at brevet bare finnes på papir (dokumentmedium «Fysisk arkiv»).',
      en: 'The record cannot be journalført (status J) without a main document. Upload the scanned letter, or have the archive confirm that the letter exists on paper only (dokumentmedium «Physical archive»).',
    },
    [{ field: 'hoveddokument', message: { nb: 'mangler', en: 'is missing' } }],
  );
}

/** Only the archive confirms that a letter exists on paper only: it is the one that receives and scans post (seed 001 fase 1). */
export function checkDokumentmedium(rolle: Rolle, dokumentmedium: string | null | undefined): void {
  if (dokumentmedium !== PAPER_ONLY || rolle === 'ARK') return;
  throw new DomainError(
    'ACCESS_DENIED',
    {
      nb: 'Bare arkivet kan bekrefte at et brev bare finnes på papir (dokumentmedium «Fysisk arkiv»).',
      en: 'Only the archive may confirm that a letter exists on paper only (dokumentmedium «Physical archive»).',
    },
    [{ field: 'dokumentmedium', message: { nb: 'kan bare settes til F av arkivet', en: 'may be set to F by the archive only' } }],
  );
}
