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

/**
 * A document keeps at most this many versions: its page lists them all
 * (bounded reads), and a hundred drafts of one letter is already a mistake.
 */
export const MAX_VERSJONER = 100;

/** The number a new version gets, refused beyond MAX_VERSJONER. */
export function nextVersjonsnummer(highest: number | null | undefined): number {
  const next = nextNumber(highest);
  if (next > MAX_VERSJONER) {
    throw new DomainError('CONFLICT', {
      nb: `Dokumentet har allerede ${MAX_VERSJONER} versjoner, som er det høyeste. Registrer innholdet som et nytt dokument.`,
      en: `The document already has ${MAX_VERSJONER} versions, the most it may have. Register the content as a new document.`,
    });
  }
  return next;
}
