import { ownKassasjon, type Kassasjon, type KassasjonArv, type StoredKassasjon } from './kassasjon.js';

/*
 * Inheritance of disposal metadata (krav 6.1.1–6.1.3, 6.1.9–6.1.11), resolved
 * when read, never copied down: an object's own decision wins (6.1.11);
 * otherwise a case takes its arkivdel's, which overrides its class's (6.1.3),
 * unless inheritance is switched off there (6.1.9); a record or document
 * takes its case's own decision, or the part's or class's where that is
 * inherited «all the way down» (6.1.10). The due list's SQL twin is
 * `effectiveCaseSql` in kassasjon-repository.ts.
 */

export interface Source extends StoredKassasjon {
  kassasjon_arv: string;
}

export type Kilde = 'egen' | 'saksmappe' | 'journalpost' | 'arkivdel' | 'klasse';

export interface Effective {
  kassasjon: Kassasjon | null;
  kilde: Kilde | null;
}

const NONE: Effective = { kassasjon: null, kilde: null };

function fromStructure(source: Source | null, kilde: 'arkivdel' | 'klasse', reach: readonly KassasjonArv[]): Effective | null {
  if (!source || !(reach as readonly string[]).includes(source.kassasjon_arv)) return null;
  const k = ownKassasjon(source);
  return k ? { kassasjon: { ...k, kassasjonsdato: null }, kilde } : null;
}

/** What a case's disposal metadata is: its own, else its arkivdel's, else its class's. */
export function effectiveForCase(own: StoredKassasjon, arkivdel: Source | null, klasse: Source | null): Effective {
  const k = ownKassasjon(own);
  if (k) return { kassasjon: k, kilde: 'egen' };
  return fromStructure(arkivdel, 'arkivdel', ['mappe', 'alle']) ?? fromStructure(klasse, 'klasse', ['mappe', 'alle']) ?? NONE;
}

/**
 * What a record's (or, with `record`, a document's) disposal metadata is:
 * its own; else its record's own (for a document); else its case's own;
 * else the part's or class's when inherited all the way down.
 */
export function effectiveBelowCase(
  own: StoredKassasjon,
  parents: { saksmappe: StoredKassasjon; journalpost?: StoredKassasjon; arkivdel: Source | null; klasse: Source | null },
): Effective {
  const mine = ownKassasjon(own);
  if (mine) return { kassasjon: mine, kilde: 'egen' };
  const fromRecord = parents.journalpost ? ownKassasjon(parents.journalpost) : null;
  if (fromRecord) return { kassasjon: { ...fromRecord, kassasjonsdato: fromRecord.kassasjonsdato }, kilde: 'journalpost' };
  const fromCase = ownKassasjon(parents.saksmappe);
  if (fromCase) return { kassasjon: fromCase, kilde: 'saksmappe' };
  return fromStructure(parents.arkivdel, 'arkivdel', ['alle']) ?? fromStructure(parents.klasse, 'klasse', ['alle']) ?? NONE;
}

/** A calendar date plus whole years; 29 February falls on 28 February, as PostgreSQL's date + interval does. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The disposal date (krav 6.1.6, 6.1.8): a date set by hand wins; otherwise
 * the case's closing date (Oslo calendar date) plus the retention period.
 * None while the case is open or no period is known.
 */
export function kassasjonsdato(k: Kassasjon | null, avsluttetDato: string | null): string | null {
  if (!k) return null;
  if (k.kassasjonsdato) return k.kassasjonsdato;
  if (avsluttetDato === null || k.bevaringstid === null) return null;
  return addYears(avsluttetDato, k.bevaringstid);
}
