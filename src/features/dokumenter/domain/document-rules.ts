import { accessDenied, DomainError, fieldError } from '../../../shared/errors.js';
import type { Rolle } from '../../../shared/roles.js';
import type { Dokumentstatus, TilknyttetRegistreringSom } from '../../noark/domain/index.js';

/** Journalført, arkivert and void records are closed for document changes; only the archivist may still correct them. */
const LOCKED_JOURNALSTATUS = new Set(['J', 'A', 'U']);

/** Refuses any document change on a record the role may not change. */
export function checkMayChangeDocuments(rolle: Rolle, journalstatus: string): void {
  if (rolle === 'LES') {
    throw accessDenied({ nb: 'Lesetilgang gir ikke lov til å endre dokumenter.', en: 'Read access does not allow changing documents.' });
  }
  if (LOCKED_JOURNALSTATUS.has(journalstatus) && rolle !== 'ARK') {
    throw new DomainError('RECORD_LOCKED', {
      nb: `Journalposten har status ${journalstatus} og er låst for dokumentendringer. Bare arkivar kan rette den.`,
      en: `The record has status ${journalstatus} and is locked for document changes. Only an archivist may correct it.`,
    });
  }
}

/** A finalised document's content is fixed: a new version only while it is being edited, or by the archivist. */
export function checkMayAddVersion(rolle: Rolle, dokumentstatus: string): void {
  if (dokumentstatus === 'F' && rolle !== 'ARK') {
    throw new DomainError('RECORD_LOCKED', {
      nb: 'Dokumentet er ferdigstilt. Nye versjoner kan bare legges til mens det er under redigering.',
      en: 'The document is finalised. New versions may only be added while it is being edited.',
    });
  }
}

/** The first document of a record is its main document (H); the rest are attachments (V). One main document only. */
export function tilknyttetFor(requested: TilknyttetRegistreringSom | undefined, hasHoveddokument: boolean): TilknyttetRegistreringSom {
  if (requested === 'H' && hasHoveddokument) {
    throw fieldError('tilknyttetRegistreringSom', 'journalposten har allerede et hoveddokument', 'the record already has a main document');
  }
  return requested ?? (hasHoveddokument ? 'V' : 'H');
}

/** Received documents arrive finished; our own are drafts until the case worker finalises them. */
export function defaultDokumentstatus(journalposttype: string): Dokumentstatus {
  return journalposttype === 'I' ? 'F' : 'B';
}

/** Only B → F: a finalised document is never reopened (its content is what was sent or received). */
export function checkDokumentstatusChange(from: string, to: Dokumentstatus): void {
  if (from === to || (from === 'B' && to === 'F')) return;
  throw new DomainError('ILLEGAL_STATUS_TRANSITION', {
    nb: `Dokumentstatus kan ikke endres fra ${from} til ${to}; et ferdigstilt dokument kan ikke åpnes igjen.`,
    en: `Document status cannot change from ${from} to ${to}; a finalised document cannot be reopened.`,
  });
}

/** Next number in a gapless series that starts at 1 (dokumentnummer, versjonsnummer). */
export const nextNumber = (highest: number | null | undefined): number => (highest ?? 0) + 1;
