import { describe, expect, it } from 'vitest';
import { checkAvgjoerelse, innsynFrist, isInnsynOverdue, mayAnswerRole, mayDecide } from './innsynskrav-rules.js';
import { OrderLimiter } from './order-limit.js';

describe('access request rules', () => {
  it('gives three working days, skipping weekends and Norwegian holidays', () => {
    expect(innsynFrist('2026-12-01')).toBe('2026-12-04'); // Tuesday → Friday
    expect(innsynFrist('2026-12-04')).toBe('2026-12-09'); // Friday → Wednesday
    expect(innsynFrist('2026-12-23')).toBe('2026-12-29'); // 24th, (25th holiday, weekend), 28th, 29th
    expect(innsynFrist('2026-03-31')).toBe('2026-04-08'); // Easter 2026: 2–6 April
  });

  it('is overdue the day after the deadline, not on it', () => {
    expect(isInnsynOverdue('2026-12-04', '2026-12-04')).toBe(false);
    expect(isInnsynOverdue('2026-12-04', '2026-12-05')).toBe(true);
  });

  it('asks a legal basis from the list and «meroffentlighet» for a refusal or partial access', () => {
    expect(checkAvgjoerelse({ avgjoerelse: 'innsyn' })).toBeNull();
    expect(checkAvgjoerelse({ avgjoerelse: 'innsyn', hjemmel: 'offl14' })?.field).toBe('hjemmel');
    expect(checkAvgjoerelse({ avgjoerelse: 'avslag', meroffentlighetVurdert: true })?.field).toBe('hjemmel');
    expect(checkAvgjoerelse({ avgjoerelse: 'avslag', hjemmel: 'offl99', meroffentlighetVurdert: true })?.field).toBe('hjemmel');
    expect(checkAvgjoerelse({ avgjoerelse: 'avslag', hjemmel: 'offl14' })?.field).toBe('meroffentlighetVurdert');
    expect(checkAvgjoerelse({ avgjoerelse: 'delvis', hjemmel: 'offl14', meroffentlighetVurdert: false })?.field).toBe(
      'meroffentlighetVurdert',
    );
    expect(checkAvgjoerelse({ avgjoerelse: 'avslag', hjemmel: 'offl14', meroffentlighetVurdert: true })).toBeNull();
    expect(checkAvgjoerelse({ avgjoerelse: 'kanskje' })?.field).toBe('avgjoerelse');
  });

  it('lets the routed case owner, leaders and the archive decide', () => {
    expect(mayDecide('SB', 'a', { saksbehandlerId: 'a' })).toBe(true);
    expect(mayDecide('SB', 'b', { saksbehandlerId: 'a' })).toBe(false);
    expect(mayDecide('LES', 'b', { saksbehandlerId: 'a' })).toBe(false);
    for (const r of ['ARK', 'LED', 'SF'] as const) expect(mayDecide(r, 'b', { saksbehandlerId: 'a' })).toBe(true);
  });

  it('limits orders per source in a sliding window', () => {
    const limiter = new OrderLimiter(2, 60_000);
    expect(limiter.take('1.2.3.4', 0)).toBeNull();
    expect(limiter.take('1.2.3.4', 1_000)).toBeNull();
    expect(limiter.take('1.2.3.4', 2_000)).toBe(58);
    expect(limiter.take('5.6.7.8', 2_000)).toBeNull();
    expect(limiter.take('1.2.3.4', 60_001)).toBeNull();
  });

  it('lets those who author letters send the answer, not the archive (seed 001 step 3: «Saksbehandler ekspederer svar»)', () => {
    expect((['SB', 'LED', 'SF', 'MS', 'ARK', 'LES', 'SYS'] as const).filter(mayAnswerRole)).toEqual(['SB', 'LED', 'SF', 'MS']);
  });
});
