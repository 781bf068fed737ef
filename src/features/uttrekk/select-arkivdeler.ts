import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import { ARKIVDELSTATUS, findCode } from '../noark/domain/index.js';
import type { ArkivdelRow } from './domain/rows.js';

/** Only a closed period (Avsluttet periode) is extracted (krav 6.4: what is still in use is not deposited). */
export const CLOSED = 'P';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The arkivdeler an extraction covers: the one named (short name or id),
 * which must be closed, or else every closed arkivdel of the organisation.
 */
export function selectArkivdeler(all: readonly ArkivdelRow[], named: string | undefined): ArkivdelRow[] {
  if (named) {
    const found = all.find((d) => d.kortnavn.toLowerCase() === named.toLowerCase() || (UUID.test(named) && d.id === named.toLowerCase()));
    if (!found) throw notFound({ nb: 'arkivdelen', en: 'the arkivdel' }, named);
    if (found.arkivdelstatus !== CLOSED) {
      const status = findCode(ARKIVDELSTATUS, found.arkivdelstatus);
      throw new DomainError('CONFLICT', {
        nb: `Arkivdelen ${found.kortnavn} har status «${status?.nb ?? found.arkivdelstatus}». Bare en avsluttet periode kan trekkes ut: avslutt perioden først.`,
        en: `The arkivdel ${found.kortnavn} has status "${status?.en ?? found.arkivdelstatus}". Only a closed period can be extracted: close the period first.`,
      });
    }
    return [found];
  }
  const closed = all.filter((d) => d.arkivdelstatus === CLOSED);
  if (closed.length === 0) {
    throw new DomainError('CONFLICT', {
      nb: 'Organisasjonen har ingen avsluttet arkivdel å trekke ut. Avslutt en periode først, eller velg en med --arkivdel.',
      en: 'The organisation has no closed arkivdel to extract. Close a period first, or choose one with --arkivdel.',
    });
  }
  return closed;
}

/** Krav 6.4.14: a chosen period, both ends or none, a real range. */
export function checkPeriode(fra: string | undefined, til: string | undefined): { fra: string; til: string } | null {
  if (!fra && !til) return null;
  if (!fra || !til) throw fieldError(fra ? '--to' : '--from', 'må oppgis sammen med den andre datoen', 'must be given with the other date');
  for (const [name, v] of [
    ['--from', fra],
    ['--to', til],
  ] as const) {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
      throw fieldError(name, 'må være en dato ÅÅÅÅ-MM-DD', 'must be a date YYYY-MM-DD');
  }
  if (fra > til) throw fieldError('--from', 'kan ikke være etter --to', 'must not be after --to');
  return { fra, til };
}
