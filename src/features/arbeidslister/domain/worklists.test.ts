import { describe, expect, it } from 'vitest';
import { isRed, redUpTo, worklistsOf } from './worklists.js';

describe('worklists', () => {
  it('flags a date red when it has passed or is within 5 days', () => {
    expect(redUpTo('2026-03-10')).toBe('2026-03-15');
    expect(isRed('2026-03-01', '2026-03-10')).toBe(true);
    expect(isRed('2026-03-15', '2026-03-10')).toBe(true);
    expect(isRed('2026-03-16', '2026-03-10')).toBe(false);
    expect(isRed(null, '2026-03-10')).toBe(false);
  });

  it('gives leaders «Til fordeling», the archive its queue, and read-only roles nothing', () => {
    expect(worklistsOf('LED')).toContain('til-fordeling');
    expect(worklistsOf('SB')).not.toContain('til-fordeling');
    expect(worklistsOf('ARK')).toEqual(
      expect.arrayContaining(['arkivets-ko', 'midlertidige', 'nye-saker', 'til-journalforing', 'onskes-avsluttet']),
    );
    expect(worklistsOf('LES')).toEqual([]);
    expect(worklistsOf('SYS')).toEqual([]);
  });
});
