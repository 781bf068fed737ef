import { fieldError } from '../../../shared/errors.js';

/*
 * How Noark numbers are written. The numbers themselves are allocated gapless
 * in SQL; these helpers only format and read them.
 *
 * - Saksnummer (mappeID, M003): saksaar/sakssekvensnummer, "2026/123". Shown
 *   without leading zeros, as municipal systems and postlister do.
 * - JournalpostID (registreringsID, M004): saksnummer-journalpostnummer,
 *   "2026/123-4" (TG M015: "f.eks. 2011/3869-8").
 * - Løpenummer: journalsekvensnummer/journalaar, "25367/2026" — sequence
 *   first. TG M014: "sekvensnummeret vises før journalaar (f.eks. 25367/2011)
 *   for at det ikke skal blandes sammen med saksnummeret som har året først."
 */

export interface Saksnummer {
  saksaar: number;
  sakssekvensnummer: number;
}
export interface JournalpostId extends Saksnummer {
  journalpostnummer: number;
}

export function formatSaksnummer(saksaar: number, sakssekvensnummer: number): string {
  return `${year('saksaar', saksaar)}/${positive('sakssekvensnummer', sakssekvensnummer)}`;
}

export function formatJournalpostId(saksaar: number, sakssekvensnummer: number, journalpostnummer: number): string {
  return `${formatSaksnummer(saksaar, sakssekvensnummer)}-${positive('journalpostnummer', journalpostnummer)}`;
}

export function formatLoepenummer(journalaar: number, journalsekvensnummer: number): string {
  return `${positive('journalsekvensnummer', journalsekvensnummer)}/${year('journalaar', journalaar)}`;
}

export interface ParseOptions {
  /**
   * Reads a two-digit year as the year within (currentYear − 90, currentYear
   * + 10], so "98/12" is 1998 when searching historical archives. Without it
   * a two-digit year is 20yy.
   */
  currentYear?: number;
}

const SAKSNUMMER = /^\s*(\d{2}|\d{4})\s*\/\s*(\d{1,9})\s*$/;
const JOURNALPOST_ID = /^\s*(\d{2}|\d{4})\s*\/\s*(\d{1,9})\s*-\s*(\d{1,9})\s*$/;

/** "2026/123", " 26 / 123 ", "2026/000123" → { 2026, 123 }; anything else → undefined. */
export function parseSaksnummer(text: string, options: ParseOptions = {}): Saksnummer | undefined {
  const m = SAKSNUMMER.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  return build(m[1], m[2], options);
}

/** "2026/123-4" → { 2026, 123, 4 }; anything else → undefined. */
export function parseJournalpostId(text: string, options: ParseOptions = {}): JournalpostId | undefined {
  const m = JOURNALPOST_ID.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const sak = build(m[1], m[2], options);
  const journalpostnummer = Number(m[3]);
  return sak && journalpostnummer >= 1 ? { ...sak, journalpostnummer } : undefined;
}

/**
 * Every record number written in free text ("innsyn i 2026/12-3 og 26/40-1"),
 * once each, in the order they stand: what an access request by e-mail
 * names. A number inside a longer run of digits or slashes is not one.
 */
export function journalpostIdsIn(text: string, options: ParseOptions = {}): JournalpostId[] {
  const found = new Map<string, JournalpostId>();
  for (const m of text.matchAll(/(?<![\d/])(\d{4}|\d{2})\s*\/\s*(\d{1,9})\s*-\s*(\d{1,9})(?![\d/-])/g)) {
    const id = parseJournalpostId(m[0], options);
    if (id) found.set(`${id.saksaar}/${id.sakssekvensnummer}-${id.journalpostnummer}`, id);
  }
  return [...found.values()];
}

function build(yearText: string, seqText: string, options: ParseOptions): Saksnummer | undefined {
  const saksaar = yearText.length === 2 ? expandYear(Number(yearText), options.currentYear) : Number(yearText);
  const sakssekvensnummer = Number(seqText);
  if (saksaar < 1000 || sakssekvensnummer < 1) return undefined;
  return { saksaar, sakssekvensnummer };
}

function expandYear(yy: number, currentYear: number | undefined): number {
  if (currentYear === undefined) return 2000 + yy;
  let y = Math.floor(currentYear / 100) * 100 + yy;
  if (y > currentYear + 10) y -= 100;
  else if (y <= currentYear - 90) y += 100;
  return y;
}

function year(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1000 || value > 9999) {
    throw fieldError(field, `må være et firesifret årstall, ikke ${value}`, `must be a four-digit year, not ${value}`);
  }
  return value;
}

function positive(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw fieldError(field, `må være et positivt heltall, ikke ${value}`, `must be a positive whole number, not ${value}`);
  }
  return value;
}
