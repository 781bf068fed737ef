import { addDays } from '../../saksmappe/oslo-calendar.js';
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

/**
 * The latest blocking day that is overdue `today`: overdue is monotone in
 * the blocking day, so "overdue" is "blocked on or before this day", a
 * filter the database can page. A few steps back at most (three working
 * days, and the weekends and holidays between).
 */
export function lastOverdueSperretDato(today: string): string {
  let day = addDays(today, -1);
  while (!isOverdue(day, today)) day = addDays(day, -1);
  return day;
}
