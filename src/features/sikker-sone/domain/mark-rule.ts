import { accessDenied } from '../../../shared/errors.js';
import type { Rolle } from '../../../shared/roles.js';

/** Roles that write in cases; read-only, meeting-secretary and system-owner roles never move documents. */
const CASE_ROLES: readonly Rolle[] = ['SB', 'LED', 'SF'];

/**
 * Seed 001, «Rutine for sikker sone»: «Saksbehandler/arkivar må vurdere om et
 * dokument skal i sikker sone». The archive may mark any document; otherwise
 * the owner of the document's case (saksansvarlig) in a case-working role.
 */
export function mayMarkPersonsensitiv(actor: { brukerId: string; rolle: Rolle }, saksansvarligId: string): boolean {
  if (actor.rolle === 'ARK') return true;
  return CASE_ROLES.includes(actor.rolle) && actor.brukerId === saksansvarligId;
}

export function checkMayMarkPersonsensitiv(actor: { brukerId: string; rolle: Rolle }, saksansvarligId: string): void {
  if (mayMarkPersonsensitiv(actor, saksansvarligId)) return;
  throw accessDenied({
    nb: 'Bare arkivet eller saksansvarlig kan flytte et dokument til sikker sone.',
    en: 'Only the archive or the case owner may move a document into the secure zone.',
  });
}
