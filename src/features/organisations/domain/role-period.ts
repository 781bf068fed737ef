/*
 * The period of a role assignment (krav 4.5.30): Oslo calendar days
 * 'YYYY-MM-DD', both ends inclusive, `tilDato` null when open-ended. Ending
 * an assignment "now" makes yesterday its last day, so it stops at once; an
 * assignment that started today then becomes the empty period fra - 1.
 */
import { addDays } from '../../saksmappe/oslo-calendar.js';

export interface RolePeriod {
  fraDato: string;
  tilDato: string | null;
}

export function inForce(period: RolePeriod, today: string): boolean {
  return period.fraDato <= today && (period.tilDato === null || period.tilDato >= today);
}

/** The last day of an assignment ended at once. */
export function endedNow(period: RolePeriod, today: string): string {
  const yesterday = addDays(today, -1);
  const emptyPeriod = addDays(period.fraDato, -1);
  return yesterday < emptyPeriod ? emptyPeriod : yesterday;
}

/** Whether two periods share at least one day. */
export function overlaps(a: RolePeriod, b: RolePeriod): boolean {
  const aEnd = a.tilDato ?? '9999-12-31';
  const bEnd = b.tilDato ?? '9999-12-31';
  return a.fraDato <= bEnd && b.fraDato <= aEnd && a.fraDato <= aEnd && b.fraDato <= bEnd;
}

/** Whether the period is well formed: the end is not before the day before the start. */
export function validPeriod(period: RolePeriod): boolean {
  return period.tilDato === null || period.tilDato >= period.fraDato;
}
