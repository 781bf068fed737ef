import { describe, expect, it } from 'vitest';
import { addDays } from '../../saksmappe/oslo-calendar.js';
import { isOverdue, lastOverdueSperretDato, xxDeadline } from './deadline.js';
import { addWorkingDays, easterSunday, isWorkingDay, norwegianHolidays } from './working-days.js';

describe('Norwegian working days', () => {
  it('computes Easter Sunday for years far apart (against the published dates)', () => {
    const known: Record<number, string> = {
      1961: '1961-04-02',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('knows the movable holidays of 2026 from Easter', () => {
    const h = norwegianHolidays(2026);
    expect([...h.keys()].sort()).toEqual([
      '2026-01-01',
      '2026-04-02', // skjærtorsdag
      '2026-04-03', // langfredag
      '2026-04-05',
      '2026-04-06', // 2. påskedag
      '2026-05-01',
      '2026-05-14', // Kristi himmelfartsdag
      '2026-05-17',
      '2026-05-24',
      '2026-05-25', // 2. pinsedag
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(h.get('2026-05-14')).toBe('Kristi himmelfartsdag');
  });

  it('counts weekends and holidays out', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-02')).toBe(false); // skjærtorsdag
    expect(isWorkingDay('2025-05-29')).toBe(false); // Kristi himmelfartsdag 2025
    expect(isWorkingDay('2027-05-17')).toBe(false); // Grunnlovsdag on a Monday
    expect(isWorkingDay('2024-12-24')).toBe(true); // julaften is not a public holiday
  });

  it('adds working days across weekends and holidays', () => {
    expect(addWorkingDays('2026-03-02', 3)).toBe('2026-03-05'); // Mon → Thu
    expect(addWorkingDays('2026-03-06', 3)).toBe('2026-03-11'); // Fri → Wed
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Sat → Mon
  });
});

describe('the XX deadline: 3 working days (seed 002, 9.2.1)', () => {
  it('skips Easter: blocked Wednesday before Easter 2026 is due Thursday after', () => {
    // Thu 2 Apr skjærtorsdag, Fri 3 langfredag, weekend, Mon 6 2. påskedag.
    expect(xxDeadline('2026-04-01')).toBe('2026-04-09');
  });

  it('skips Easter in other years too (2025 and 2027)', () => {
    expect(xxDeadline('2025-04-16')).toBe('2025-04-24'); // Easter 20 April
    expect(xxDeadline('2027-03-24')).toBe('2027-04-01'); // Easter 28 March
  });

  it('skips Ascension, 17 May and Whit Monday', () => {
    expect(xxDeadline('2026-05-13')).toBe('2026-05-19'); // Thu 14 Ascension, weekend, Mon 18 (17th was Sunday)
    expect(xxDeadline('2027-05-12')).toBe('2027-05-18'); // Mon 17 May 2027 is a holiday
    expect(xxDeadline('2026-05-22')).toBe('2026-05-28'); // Mon 25 May 2. pinsedag
  });

  it('skips Christmas and New Year', () => {
    expect(xxDeadline('2025-12-23')).toBe('2025-12-30'); // 24th counts, 25/26 holidays, weekend
    expect(xxDeadline('2026-12-30')).toBe('2027-01-05'); // 31st, 1 Jan holiday, weekend, 4th, 5th
  });

  it('is overdue only after the whole deadline day', () => {
    expect(isOverdue('2026-03-02', '2026-03-05')).toBe(false);
    expect(isOverdue('2026-03-02', '2026-03-06')).toBe(true);
  });

  it('finds the last overdue blocking day of any day: overdue exactly when blocked on or before it', () => {
    for (let today = '2026-03-20'; today <= '2026-05-31'; today = addDays(today, 1)) {
      const cutoff = lastOverdueSperretDato(today);
      for (let d = addDays(today, -20); d <= today; d = addDays(d, 1)) expect(isOverdue(d, today), `${d} ${today}`).toBe(d <= cutoff);
    }
  });
});
