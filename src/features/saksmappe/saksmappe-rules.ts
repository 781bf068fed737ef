import { DomainError } from '../../shared/errors.js';
import type { Rolle } from '../../shared/roles.js';
import type { Saksstatus } from '../noark/domain/index.js';

/**
 * The status a new case starts in: the archive's own cases are checked from
 * the start (B); a case worker's waits for the archive's check (R). The
 * transition table decides whether the role may create one at all.
 */
export function initialSaksstatus(rolle: Rolle): Saksstatus {
  return rolle === 'ARK' ? 'B' : 'R';
}

/** A closed (A) or void (U) case takes no new records and no edits; only the archive reopens it (A → B). */
export function isClosed(saksstatus: string): boolean {
  return saksstatus === 'A' || saksstatus === 'U';
}

export function assertOpen(saksmappe: { saksstatus: string; saksaar: number; sakssekvensnummer: number }): void {
  if (!isClosed(saksmappe.saksstatus)) return;
  const nr = `${saksmappe.saksaar}/${saksmappe.sakssekvensnummer}`;
  throw new DomainError(
    'CASE_CLOSED',
    saksmappe.saksstatus === 'U'
      ? { nb: `Sak ${nr} er utgått og kan ikke endres.`, en: `Case ${nr} is void and cannot be changed.` }
      : {
          nb: `Sak ${nr} er avsluttet. Arkivet må gjenåpne saken før den kan endres eller få nye journalposter.`,
          en: `Case ${nr} is closed. The archive must reopen it before it can be changed or receive new records.`,
        },
  );
}
