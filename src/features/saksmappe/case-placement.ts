import type { Tx } from '../../db/tenant.js';
import { fieldError } from '../../shared/errors.js';
import { arkivstrukturRepository as structure } from '../arkivstruktur/arkivstruktur-repository.js';
import { STANDARD_KORTNAVN } from '../arkivstruktur/setup-standard-arkiv.js';

/** The archive part a new case goes into: the one given, or the organisation's case archive (SAK). */
export async function findArkivdelForNewCase(tx: Tx, orgId: string, arkivdelId: string | null | undefined) {
  const arkivdel = arkivdelId
    ? await structure.findArkivdel(tx, orgId, arkivdelId)
    : await structure.findArkivdelByKortnavn(tx, orgId, STANDARD_KORTNAVN.sakarkiv);
  if (!arkivdel) {
    throw arkivdelId
      ? fieldError('arkivdelId', 'finnes ikke i denne organisasjonen', 'does not exist in this organisation')
      : fieldError(
          'arkivdelId',
          'må fylles ut (organisasjonen har ikke noe sakarkiv SAK)',
          'is required (the organisation has no case archive SAK)',
        );
  }
  // A closed period (P) or obsolete part (U) takes no new cases; the new period's part does.
  if (['P', 'U', 'Avsluttet periode', 'Uaktuelle mapper'].includes(arkivdel.arkivdelstatus)) {
    throw fieldError('arkivdelId', `arkivdelen ${arkivdel.tittel} er avsluttet`, `the archive part ${arkivdel.tittel} is closed`);
  }
  return arkivdel;
}

/** The same class given twice is one secondary class (the table's key would refuse the second). */
export function dedupeKlasser<T extends { klassifikasjonssystemId: string; verdi: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((k) => {
    const key = `${k.klassifikasjonssystemId}|${k.verdi}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
