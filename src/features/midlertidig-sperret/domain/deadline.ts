import { addWorkingDays } from './working-days.js';

/**
 * Seed 002, 9.2.1: «Fristen for vurdering av gradering er 3 arbeidsdager.
 * Deretter vil arkivtjenesten søke opp de midlertidig unntatte
 * journalpostene for oppfølging.»
 */
export const XX_DEADLINE_WORKING_DAYS = 3;

/** The last day the leader has to decide on a record blocked XX on `sperretDato`. */
export function xxDeadline(sperretDato: string): string {
  return addWorkingDays(sperretDato, XX_DEADLINE_WORKING_DAYS);
}

/** Overdue once the deadline day has passed (the whole deadline day counts). */
export function isOverdue(sperretDato: string, today: string): boolean {
  return today > xxDeadline(sperretDato);
}
