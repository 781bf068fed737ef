import { describe, expect, it } from 'vitest';
import { checkSteppedUp, isSteppedUp, stepUpExpiry } from './step-up.js';

describe('secure-zone step-up', () => {
  const now = new Date('2026-03-02T10:00:00Z');

  it('is open until the expiry, and not at or after it', () => {
    const until = stepUpExpiry(now, 10);
    expect(until.toISOString()).toBe('2026-03-02T10:10:00.000Z');
    expect(isSteppedUp(until, new Date('2026-03-02T10:09:59Z'))).toBe(true);
    expect(isSteppedUp(until, until)).toBe(false);
    expect(isSteppedUp(until, new Date('2026-03-02T10:30:00Z'))).toBe(false);
  });

  it('is closed without any second step', () => {
    expect(isSteppedUp(null, now)).toBe(false);
    expect(isSteppedUp(undefined, now)).toBe(false);
    expect(() => checkSteppedUp(null, now)).toThrow(expect.objectContaining({ code: 'STEP_UP_REQUIRED' }));
  });
});
