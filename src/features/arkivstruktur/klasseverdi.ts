import { fieldError } from '../../shared/errors.js';

/*
 * Values of object classifications (objektbasert klassifikasjon): a case is
 * classed by a person's fødselsnummer or a property's gnr/bnr instead of a
 * subject class. `klassifikasjonssystem.verdiformat` says which rule applies.
 */

export const VERDIFORMATER = ['fnr', 'gnrbnr'] as const;
export type Verdiformat = (typeof VERDIFORMATER)[number];

const FNR_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * Eleven digits whose last two are modulus-11 check digits. Only the check
 * digits are tested, so D-numbers (day + 40) and synthetic test numbers
 * (month + 40/80) pass as they should.
 */
export function isValidFoedselsnummer(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const check = (weights: number[]) => {
    const rest = weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11;
    return rest === 0 ? 0 : 11 - rest;
  };
  const k1 = check(FNR_WEIGHTS_1);
  const k2 = check(FNR_WEIGHTS_2);
  return k1 !== 10 && k2 !== 10 && k1 === digits[9] && k2 === digits[10];
}

const GNRBNR = /^(\d{1,5})\/(\d{1,5})(?:\/(\d{1,4})\/(\d{1,4}))?$/;

/**
 * "12/34" or "12/34/1/0" (gårdsnummer/bruksnummer/festenummer/seksjonsnummer).
 * Festenummer and seksjonsnummer 0/0 mean the whole property, so "12/34/0/0"
 * is stored as "12/34": one property, one value to search for.
 */
export function normaliseGnrBnr(value: string): string | undefined {
  const m = GNRBNR.exec(value.replace(/\s+/g, ''));
  if (!m) return undefined;
  const [gnr, bnr, fnr = '0', snr = '0'] = m.slice(1).map((p) => (p === undefined ? undefined : String(Number(p))));
  if (gnr === '0' || bnr === '0') return undefined;
  return fnr === '0' && snr === '0' ? `${gnr}/${bnr}` : `${gnr}/${bnr}/${fnr}/${snr}`;
}

/** Checks and normalises an object-class value; `field` names the input field in the error. */
export function normaliseKlasseverdi(verdiformat: string | null, value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw fieldError(field, 'kan ikke være tom', 'must not be empty');
  if (verdiformat === 'fnr') {
    const digits = trimmed.replace(/\s+/g, '');
    if (!isValidFoedselsnummer(digits)) {
      throw fieldError(
        field,
        'er ikke et gyldig fødselsnummer (11 siffer med to kontrollsiffer)',
        'is not a valid national identity number (11 digits with two check digits)',
      );
    }
    return digits;
  }
  if (verdiformat === 'gnrbnr') {
    const normalised = normaliseGnrBnr(trimmed);
    if (!normalised) {
      throw fieldError(field, 'må skrives gnr/bnr, f.eks. 12/34 eller 12/34/0/0', 'must be written gnr/bnr, e.g. 12/34 or 12/34/0/0');
    }
    return normalised;
  }
  return trimmed;
}
