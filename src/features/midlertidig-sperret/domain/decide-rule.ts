import { accessDenied, fieldError } from '../../../shared/errors.js';
import type { Rolle } from '../../../shared/roles.js';
import { notAnActiveCode } from '../../tilgang/domain/access-admin-rules.js';

/** The leader and the deputy see their unit's basket; who decides is the change rule's 'skjermingsvedtak'. */
const DECIDERS: readonly Rolle[] = ['LED', 'SF'];

export interface Decider {
  rolle: Rolle;
  enhetId: string | null;
}

/** Whose basket: leaders see their unit's XX records, the archive all of them (to follow up the overdue). */
export function basketScope(actor: Decider): { all: true } | { enhetId: string } {
  if (actor.rolle === 'ARK') return { all: true };
  if (DECIDERS.includes(actor.rolle) && actor.enhetId) return { enhetId: actor.enhetId };
  throw accessDenied({
    nb: 'Listen over midlertidig sperrede journalposter er for ledere, stedfortredere og arkivet.',
    en: 'The list of temporarily blocked records is for leaders, deputies and the archive.',
  });
}

export type Skjermingsvedtak = { vedtak: 'skjerm'; tilgangskode: string; skjermingshjemmel: string } | { vedtak: 'opphev' };

/** Screening decided needs a final code (not XX again) of the organisation's active ones, and its legal basis. */
export function checkSkjermingsvedtak(v: Skjermingsvedtak, activeCodes: readonly string[]): void {
  if (v.vedtak === 'opphev') return;
  if (v.tilgangskode === 'XX')
    throw fieldError('tilgangskode', 'må være en endelig tilgangskode (ikke XX)', 'must be a final access code (not XX)');
  if (!activeCodes.includes(v.tilgangskode)) throw notAnActiveCode('tilgangskode', v.tilgangskode);
  if (!v.skjermingshjemmel.trim()) throw fieldError('skjermingshjemmel', 'må fylles ut', 'is required');
}
