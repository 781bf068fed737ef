/*
 * Noark dates (saksdato, journaldato, forfallsdato) and the numbering year are
 * calendar dates in Norway: a case registered at 00:30 on 1 January Oslo time
 * belongs to the new year even though it is still 31 December in UTC.
 */
const OSLO = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** 'YYYY-MM-DD' of an instant in Europe/Oslo. */
export function osloDate(instant: Date): string {
  return OSLO.format(instant);
}

export function osloYear(instant: Date): number {
  return Number(osloDate(instant).slice(0, 4));
}

/** A calendar date plus whole days ('2026-03-01' + 21 → '2026-03-22'). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
