import { describe, expect, it } from 'vitest';
import { checkSvarfrister, defaultForfallsdato, STANDARD_SVARFRISTER } from './svarfrist.js';

describe('due dates of incoming post', () => {
  it('gives three weeks from the received date, and two days when urgent (seed 001)', () => {
    expect(defaultForfallsdato('2026-03-01', STANDARD_SVARFRISTER, false)).toBe('2026-03-22');
    expect(defaultForfallsdato('2026-03-01', STANDARD_SVARFRISTER, true)).toBe('2026-03-03');
    expect(defaultForfallsdato('2026-12-20', { svarfristDager: 14, hasterSvarfristDager: 1 }, false)).toBe('2027-01-03');
  });

  it('takes periods in bounds with the urgent one shorter', () => {
    expect(() => checkSvarfrister({ svarfristDager: 21, hasterSvarfristDager: 0 })).not.toThrow();
    expect(() => checkSvarfrister({ svarfristDager: 365, hasterSvarfristDager: 30 })).not.toThrow();
  });

  it('refuses periods out of bounds or an urgent period not shorter, naming the field', () => {
    const field = (f: Parameters<typeof checkSvarfrister>[0]) => {
      try {
        checkSvarfrister(f);
        return null;
      } catch (e) {
        return (e as { fields: { field: string }[] }).fields.map((x) => x.field);
      }
    };
    expect(field({ svarfristDager: 0, hasterSvarfristDager: 0 })).toEqual(['svarfristDager']);
    expect(field({ svarfristDager: 21, hasterSvarfristDager: 31 })).toEqual(['hasterSvarfristDager']);
    expect(field({ svarfristDager: 21.5, hasterSvarfristDager: 2 })).toEqual(['svarfristDager']);
    expect(field({ svarfristDager: 3, hasterSvarfristDager: 3 })).toEqual(['hasterSvarfristDager']);
  });
});
