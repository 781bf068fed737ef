import { describe, expect, it } from 'vitest';
import { decideAttempt, LOGIN_LIMIT, limitSource, pairDelaySeconds } from './login-limit.js';

const now = new Date('2026-11-30T12:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe('login limits', () => {
  it('lets the first failures through without delay, then doubles the wait per failure up to a cap', () => {
    expect(pairDelaySeconds(0)).toBe(0);
    expect(pairDelaySeconds(LOGIN_LIMIT.freeFailuresPerPair - 1)).toBe(0);
    expect(pairDelaySeconds(LOGIN_LIMIT.freeFailuresPerPair)).toBe(LOGIN_LIMIT.firstDelaySeconds);
    expect(pairDelaySeconds(LOGIN_LIMIT.freeFailuresPerPair + 1)).toBe(2 * LOGIN_LIMIT.firstDelaySeconds);
    expect(pairDelaySeconds(100)).toBe(LOGIN_LIMIT.maxDelaySeconds);
  });

  it('refuses an attempt for a user name from a source until its delay since the last failure has passed', () => {
    const counts = { pairPrior: 6, pairLatest: secondsAgo(10), perSource: 7, sourceOldest: secondsAgo(60) };
    expect(decideAttempt(counts, now)).toEqual({ allowed: false, retryAfterSeconds: 20, reason: 'pair' });
    expect(decideAttempt({ ...counts, pairLatest: secondsAgo(31) }, now)).toEqual({ allowed: true });
  });

  it('caps attempts per source over all user names, until the oldest leaves the window', () => {
    const counts = { pairPrior: 0, pairLatest: null, perSource: LOGIN_LIMIT.perSource + 1, sourceOldest: secondsAgo(60) };
    expect(decideAttempt(counts, now)).toEqual({
      allowed: false,
      retryAfterSeconds: LOGIN_LIMIT.sourceWindowMinutes * 60 - 60,
      reason: 'source',
    });
    expect(decideAttempt({ ...counts, perSource: LOGIN_LIMIT.perSource }, now)).toEqual({ allowed: true });
  });

  it('counts IPv6 sources by their /64 network and IPv4-mapped addresses as IPv4', () => {
    expect(limitSource('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitSource('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(limitSource('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitSource('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(limitSource('192.0.2.7')).toBe('192.0.2.7');
  });
});
