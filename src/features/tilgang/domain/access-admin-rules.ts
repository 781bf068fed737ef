import { fieldError } from '../../../shared/errors.js';
import type { Rolle } from '../../../shared/roles.js';
import { codesOf, MIDLERTIDIG_SPERRET, TILGANGSKODE } from '../../noark/domain/index.js';

/*
 * The system owner's administration of access codes and access groups
 * (issue 10 items 1 and 3; seed 000, «Krav til systemansvarlig: … ajourhold
 * av statuskoder og tilganger»).
 */

/** Who administers the organisation's codes and groups. */
export const ACCESS_ADMINS: readonly Rolle[] = ['SYS'];

export const mayAdministerAccess = (rolle: Rolle) => ACCESS_ADMINS.includes(rolle);

/**
 * Who may see a group's members: the system owner, and the archive, which
 * screens objects for groups and must know who will read them.
 */
export const MEMBER_READERS: readonly Rolle[] = ['SYS', 'ARK'];

/** The codes every organisation starts with (migration 0005). */
export const BUILT_IN_CODES: readonly string[] = codesOf(TILGANGSKODE);

export const isBuiltInCode = (kode: string) => BUILT_IN_CODES.includes(kode);

/** A code the caller chose that is not one of the organisation's active codes: 400 naming the field. */
export const notAnActiveCode = (field: string, kode: string) =>
  fieldError(
    field,
    `«${kode}» er ikke en aktiv tilgangskode i organisasjonen`,
    `«${kode}» is not an active access code of the organisation`,
  );

/**
 * A code is never deleted: objects carry it as text, and the archive must
 * still say what an old screening meant. Deactivating stops new use only;
 * objects that have the code stay screened. XX cannot be deactivated: the
 * archive's blocking step and the leader's basket depend on it (seed 002, 9.2.1).
 */
export function checkMayDeactivate(kode: string): void {
  if (kode !== MIDLERTIDIG_SPERRET) return;
  throw fieldError(
    'aktiv',
    'XX (midlertidig sperret) kan ikke deaktiveres: arkivets sperring venter på lederens vedtak med den',
    "XX (temporarily blocked) cannot be deactivated: the archive's blocking and the leader's decision depend on it",
  );
}
