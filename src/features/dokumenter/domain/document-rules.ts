import { DomainError, fieldError } from '../../../shared/errors.js';
import type { Dokumentstatus, TilknyttetRegistreringSom } from '../../noark/domain/index.js';

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
