import { DomainError } from '../../../shared/errors.js';
import type { Kassasjon } from './kassasjon.js';

/*
 * When the archive may carry out the disposal of a case (krav 6.1; issue 17
 * item 2), and which of its documents lose their files. The database refuses
 * the same for each document (kasser_dokument, migration 0080).
 */

export interface CaseForDisposal {
  saksstatus: string;
  kassasjon: Kassasjon | null;
  kassasjonsdato: string | null;
  rettsligHold: string | null;
  kassert: boolean;
  /** In a finished extraction of its whole arkivdel (isArkivdelExtracted). */
  uttrukket: boolean;
}

const refused = (nb: string, en: string) => new DomainError('DISPOSAL_REFUSED', { nb, en });

/** Refuses the disposal of a case unless every condition holds; the first that fails is named. */
export function checkMayDispose(c: CaseForDisposal, today: string): void {
  if (c.kassert) throw refused('Saken er allerede kassert.', 'The case has already been disposed of.');
  if (c.kassasjon?.kassasjonsvedtak !== 'K') {
    throw refused('Saken har ikke kassasjonsvedtak «Kasseres».', 'The case has no disposal decision «dispose of».');
  }
  if (c.saksstatus !== 'A') throw refused('Bare en avsluttet sak kan kasseres.', 'Only a closed case can be disposed of.');
  if (c.kassasjonsdato === null || c.kassasjonsdato > today) {
    throw refused(
      `Kassasjonsdatoen ${c.kassasjonsdato ?? '(ingen)'} er ikke nådd.`,
      `The disposal date ${c.kassasjonsdato ?? '(none)'} has not been reached.`,
    );
  }
  if (c.rettsligHold !== null) {
    throw refused(`Saken er under rettslig hold: ${c.rettsligHold}`, `The case is under a legal hold: ${c.rettsligHold}`);
  }
  if (!c.uttrukket) {
    throw refused(
      'Arkivdelen er ikke med i et fullført arkivuttrekk; kasser først etter avlevering.',
      'The archive part is not in a finished extraction; dispose of it only after deposit.',
    );
  }
}

/**
 * Whether a document of a case being disposed of loses its files: unless its
 * own (or its record's) decision says keep («B») or review later («G»), it
 * goes with its case.
 */
export function documentIsDisposed(effective: Kassasjon | null): boolean {
  return effective === null || effective.kassasjonsvedtak === 'K';
}
