import { validationFailed, type FieldIssue } from '../../../shared/errors.js';
import { addDays } from '../../saksmappe/oslo-calendar.js';

/*
 * Due dates of incoming post (seed 001 fase 1): «Forfallsdato registreres med
 * 3 uker dersom ikke annen frist er oppgitt», and «Brev som HASTER registreres
 * med kort forfallsdato … (f.eks 2 dager) slik at dokumentet vises med rødt
 * flagg i arbeidslisten Ubesvarte». Both periods are the organisation's.
 */

export interface Svarfrister {
  /** Days from the received date to the due date of ordinary post. */
  svarfristDager: number;
  /** Days from the received date to the due date of an urgent letter. */
  hasterSvarfristDager: number;
}

/** The seed's periods, and what a new organisation starts with (migration 0051). */
export const STANDARD_SVARFRISTER: Svarfrister = { svarfristDager: 21, hasterSvarfristDager: 2 };

export const SVARFRIST_GRENSER = { svarfristDager: { min: 1, max: 365 }, hasterSvarfristDager: { min: 0, max: 30 } } as const;

/** The due date an incoming letter gets when none is given: from its received date, short when urgent. */
export function defaultForfallsdato(mottattDato: string, frister: Svarfrister, haster: boolean): string {
  return addDays(mottattDato, haster ? frister.hasterSvarfristDager : frister.svarfristDager);
}

/** Refuses periods out of bounds, or an urgent period that is not shorter than the ordinary one (400 naming the field). */
export function checkSvarfrister(frister: Svarfrister): void {
  const issues: FieldIssue[] = [];
  for (const field of ['svarfristDager', 'hasterSvarfristDager'] as const) {
    const { min, max } = SVARFRIST_GRENSER[field];
    const value = frister[field];
    if (!Number.isInteger(value) || value < min || value > max) {
      issues.push({
        field,
        message: { nb: `må være et helt antall dager fra ${min} til ${max}`, en: `must be a whole number of days from ${min} to ${max}` },
      });
    }
  }
  if (issues.length === 0 && frister.hasterSvarfristDager >= frister.svarfristDager) {
    issues.push({
      field: 'hasterSvarfristDager',
      message: { nb: 'må være kortere enn den vanlige svarfristen', en: 'must be shorter than the ordinary period' },
    });
  }
  if (issues.length > 0) throw validationFailed(issues);
}
