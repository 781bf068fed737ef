import { DomainError } from '../../../shared/errors.js';

/*
 * What the archive may delete of an archived document (Noark 5 krav 2.7.14,
 * 2.7.18, 2.7.22), by slettingstype (M089):
 *   SV  an inactive version: every file object of a version that has a later one;
 *   SS  a variant with screened information removed: the public variant (O);
 *   SP  the production format (P) of a version that has its archival variant (A).
 * The last version and the archival format are never deleted. The database
 * refuses the same (slett_dokumentobjekt, migration 0088).
 */

export const SLETTINGSTYPER = ['SP', 'SV', 'SS'] as const;
export type Slettingstype = (typeof SLETTINGSTYPER)[number];

export interface ObjektForSletting {
  id: string;
  versjonsnummer: number;
  variantformat: string;
}

export interface DokumentForSletting {
  dokumentstatus: string;
  kassert: boolean;
  rettsligHold: string | null;
  /** Every file object of the document. */
  objekter: readonly ObjektForSletting[];
}

const refused = (nb: string, en: string) => new DomainError('DELETION_REFUSED', { nb, en });

/** The ids of the file objects the deletion removes; refused with the reason when the rule does not allow it. */
export function objectsToDelete(dokument: DokumentForSletting, target: ObjektForSletting, type: Slettingstype): string[] {
  if (dokument.dokumentstatus !== 'F') {
    throw refused(
      'Bare et arkivert (ferdigstilt) dokument kan få noe slettet.',
      'Only an archived (finished) document can have parts deleted.',
    );
  }
  if (dokument.kassert) throw refused('Dokumentet er kassert.', 'The document has been disposed of.');
  if (dokument.rettsligHold !== null) {
    throw refused(`Saken er under rettslig hold: ${dokument.rettsligHold}`, `The case is under a legal hold: ${dokument.rettsligHold}`);
  }
  const sameVersion = dokument.objekter.filter((o) => o.versjonsnummer === target.versjonsnummer);
  switch (type) {
    case 'SV':
      if (!dokument.objekter.some((o) => o.versjonsnummer > target.versjonsnummer)) {
        throw refused('Den siste versjonen av et dokument kan ikke slettes.', 'The last version of a document cannot be deleted.');
      }
      return sameVersion.map((o) => o.id);
    case 'SS':
      if (target.variantformat !== 'O') {
        throw refused(
          'Som variant slettes bare den offentlige varianten (med sladdet informasjon); arkivformatet kan ikke slettes.',
          'Only the public variant (with screened information removed) is deleted as a variant; the archival format cannot be.',
        );
      }
      return [target.id];
    case 'SP':
      if (target.variantformat !== 'P' || !sameVersion.some((o) => o.variantformat === 'A')) {
        throw refused(
          'Produksjonsformatet kan slettes bare når samme versjon har et arkivformat.',
          'The production format can be deleted only when the same version has an archival format.',
        );
      }
      return [target.id];
  }
}
