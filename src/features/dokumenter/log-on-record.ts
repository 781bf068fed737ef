import type { Tx } from '../../db/tenant.js';
import { logChanges } from '../endringslogg/log-changes.js';

/** How the record's log names a document's content: its number and version, never its title (screened on its own). */
export const documentVersionLabel = (dokumentnummer: number, versjonsnummer: number) =>
  `Dokument ${dokumentnummer}, versjon ${versjonsnummer}`;

/**
 * A document added to a record, or a new version of one, in the record's own
 * change log: who changed what the record holds, and when — the archive's
 * additions and replacements on a journalført record included.
 */
export function logDocumentOnRecord(tx: Tx, journalpostId: string, dokumentnummer: number, versjonsnummer: number) {
  const before = versjonsnummer > 1 ? { dokument: documentVersionLabel(dokumentnummer, versjonsnummer - 1) } : {};
  return logChanges(tx, 'journalpost', journalpostId, before, { dokument: documentVersionLabel(dokumentnummer, versjonsnummer) });
}
