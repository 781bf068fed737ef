import type { Tx } from '../../db/tenant.js';
import { fieldError } from '../../shared/errors.js';
import { arkivstrukturRepository as structure } from '../arkivstruktur/arkivstruktur-repository.js';
import { STANDARD_KORTNAVN } from '../arkivstruktur/setup-standard-arkiv.js';
import { checkTakesNewCases, statusCode } from '../arkivstruktur/domain/periode.js';

/**
 * The archive part a new case goes into: the one given, or the organisation's
 * case archive (SAK) — or, once SAK's period has ended, the successor that
 * carries it on (followed along referanseArvtaker, krav 6.2.2). A part in
 * overlap or closed takes no new case (krav 6.2.4, 6.2.6).
 */
export async function findArkivdelForNewCase(tx: Tx, orgId: string, arkivdelId: string | null | undefined) {
  let arkivdel = arkivdelId
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
  // A bounded walk: a chain of periods is short, and a loop must not hang a request.
  for (let hops = 0; !arkivdelId && statusCode(arkivdel.arkivdelstatus) !== 'A' && arkivdel.referanse_arvtaker && hops < 50; hops++) {
    arkivdel = (await structure.findArkivdel(tx, orgId, arkivdel.referanse_arvtaker)) ?? arkivdel;
  }
  checkTakesNewCases(arkivdel);
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
