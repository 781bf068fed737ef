import { addDays } from '../../saksmappe/oslo-calendar.js';

/*
 * Working days in Norway: Monday to Friday except the public holidays
 * (helligdager and the two statutory days 1 May and 17 May). The movable
 * feasts hang on Easter Sunday, computed here rather than listed by hand.
 * Dates are calendar dates 'YYYY-MM-DD' (Europe/Oslo).
 */

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus: Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Norway's public holidays of a year that can fall on a weekday, with their names. */
export function norwegianHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const fixed = (md: string) => `${year}-${md}`;
  return new Map([
    [fixed('01-01'), '1. nyttårsdag'],
    [addDays(easter, -3), 'Skjærtorsdag'],
    [addDays(easter, -2), 'Langfredag'],
    [easter, '1. påskedag'],
    [addDays(easter, 1), '2. påskedag'],
    [fixed('05-01'), 'Offentlig høytidsdag'],
    [fixed('05-17'), 'Grunnlovsdag'],
    [addDays(easter, 39), 'Kristi himmelfartsdag'],
    [addDays(easter, 49), '1. pinsedag'],
    [addDays(easter, 50), '2. pinsedag'],
    [fixed('12-25'), '1. juledag'],
    [fixed('12-26'), '2. juledag'],
  ]);
}

const holidayCache = new Map<number, Map<string, string>>();

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(date.slice(0, 4));
  let holidays = holidayCache.get(year);
  if (!holidays) holidayCache.set(year, (holidays = norwegianHolidays(year)));
  return !holidays.has(date);
}

/** The date `n` working days after `date` (the day itself does not count, whatever it is). */
export function addWorkingDays(date: string, n: number): string {
  let current = date;
  for (let left = n; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}
