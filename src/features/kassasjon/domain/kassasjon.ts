import { validationFailed, type FieldIssue, type Message } from '../../../shared/errors.js';

/*
 * Disposal metadata (Noark 5 «kassasjon», M450–M453; krav 6.1): a decision,
 * its legal basis, a retention period in years and, on the objects that are
 * disposed of, a date. Pure: no I/O.
 */

/** Noark 5's code list kassasjonsvedtak (krav 6.1.4: the three obligatory values). */
export const KASSASJONSVEDTAK = ['B', 'K', 'G'] as const;
export type Kassasjonsvedtak = (typeof KASSASJONSVEDTAK)[number];

export const KASSASJONSVEDTAK_NAVN: Record<Kassasjonsvedtak, Message> = {
  B: { nb: 'Bevares', en: 'Keep' },
  K: { nb: 'Kasseres', en: 'Dispose of' },
  G: { nb: 'Vurderes senere', en: 'Review later' },
};

/** How far a part's or a class's decision is inherited (krav 6.1.9, 6.1.10). */
export const KASSASJON_ARV = ['av', 'mappe', 'alle'] as const;
export type KassasjonArv = (typeof KASSASJON_ARV)[number];

/** The objects that carry disposal metadata, top down. */
export type KassasjonNivaa = 'arkivdel' | 'klasse' | 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse';

export interface Kassasjon {
  kassasjonsvedtak: Kassasjonsvedtak;
  kassasjonshjemmel: string | null;
  bevaringstid: number | null;
  /** Only on a case, record or document: set by hand (krav 6.1.8). */
  kassasjonsdato: string | null;
}

/** The columns as stored; `kassasjonsvedtak` null means "none of its own". */
export interface StoredKassasjon {
  kassasjonsvedtak: string | null;
  kassasjonshjemmel: string | null;
  bevaringstid: number | null;
  kassasjonsdato?: string | null;
}

export const MAX_BEVARINGSTID = 1000;

export function isKassasjonsvedtak(v: string | null): v is Kassasjonsvedtak {
  return (KASSASJONSVEDTAK as readonly (string | null)[]).includes(v);
}

/** The stored columns as a decision, or null when the object has none of its own. */
export function ownKassasjon(row: StoredKassasjon): Kassasjon | null {
  if (!isKassasjonsvedtak(row.kassasjonsvedtak)) return null;
  return {
    kassasjonsvedtak: row.kassasjonsvedtak,
    kassasjonshjemmel: row.kassasjonshjemmel,
    bevaringstid: row.bevaringstid,
    kassasjonsdato: row.kassasjonsdato ?? null,
  };
}

/**
 * Checks a decision set by hand on `nivaa` (krav 6.1.4, 6.1.5, 6.1.8): a
 * disposal («K») needs a retention period, or on a case, record or document
 * a date of its own instead; a part or class has no date (it has no closing
 * date to count from: its cases do).
 */
export function checkKassasjon(nivaa: KassasjonNivaa, k: Kassasjon): Kassasjon {
  const issues: FieldIssue[] = [];
  const issue = (field: string, nb: string, en: string) => issues.push({ field, message: { nb, en } });
  const structure = nivaa === 'arkivdel' || nivaa === 'klasse';
  if (k.bevaringstid !== null && (!Number.isInteger(k.bevaringstid) || k.bevaringstid < 0 || k.bevaringstid > MAX_BEVARINGSTID)) {
    issue(
      'bevaringstid',
      `må være et helt antall år mellom 0 og ${MAX_BEVARINGSTID}`,
      `must be a whole number of years from 0 to ${MAX_BEVARINGSTID}`,
    );
  }
  if (structure && k.kassasjonsdato !== null) {
    issue(
      'kassasjonsdato',
      'settes på mappe, registrering eller dokument, ikke på arkivdel eller klasse',
      'is set on a case, record or document, not on an archive part or class',
    );
  }
  if (k.kassasjonsvedtak === 'K' && k.bevaringstid === null && (structure || k.kassasjonsdato === null)) {
    issue(
      'bevaringstid',
      structure ? 'kreves når vedtaket er «Kasseres»' : 'eller kassasjonsdato kreves når vedtaket er «Kasseres»',
      structure ? 'is required when the decision is «dispose of»' : 'or a disposal date is required when the decision is «dispose of»',
    );
  }
  if (issues.length > 0) throw validationFailed(issues);
  const hjemmel = k.kassasjonshjemmel?.trim() || null;
  return { ...k, kassasjonshjemmel: hjemmel };
}
