import type { ScreeningReader } from '../../journalpost/domain/screening.js';

/**
 * Which index rows a reader may search and see in full (screened party
 * names, screened titles, parts and document text). The same rule as
 * `maySeeScreenedParties` on the record page, stated as data the search
 * query can apply to every row: the archive sees all; otherwise the row's or
 * its case's case worker, and for leaders (LED, SF) also the row's or the
 * case's unit. screening.test.ts checks the two agree. When the access
 * capability replaces that rule, change both together.
 */
export type ScreenedAccess = { all: true } | { all: false; brukerId: string; enhetId: string | null };

export function screenedAccess(reader: ScreeningReader): ScreenedAccess {
  if (reader.rolle === 'ARK') return { all: true };
  const leader = reader.rolle === 'LED' || reader.rolle === 'SF';
  return { all: false, brukerId: reader.brukerId, enhetId: leader ? reader.administrativEnhetId : null };
}

/** How a search row is judged: its (record's or case's) worker and unit, and its case's. */
export interface IndexRowPeople {
  ansvarligId: string | null;
  enhetId: string | null;
  sakAnsvarligId: string;
  sakEnhetId: string;
}

/** The predicate the repository writes in SQL, in JavaScript for the agreement test. */
export function mayReadInFull(access: ScreenedAccess, row: IndexRowPeople): boolean {
  if (access.all) return true;
  if (access.brukerId === row.ansvarligId || access.brukerId === row.sakAnsvarligId) return true;
  return access.enhetId !== null && (access.enhetId === row.enhetId || access.enhetId === row.sakEnhetId);
}
