import { describe, expect, it } from 'vitest';
import { daysOverdue, includedUpTo, monthRange, quarterOf, reportScope } from './report-scope.js';

const actor = (rolle: 'ARK' | 'LED' | 'SF' | 'SB' | 'MS' | 'LES' | 'SYS', ledetEnheter: string[] = []) => ({
  brukerId: 'me',
  rolle,
  ledetEnheter,
});

describe('reportScope (seed 001, restanseoppfølging)', () => {
  it('lets the archive report on the whole organisation, filtered or not', () => {
    expect(reportScope(actor('ARK'), { enhetId: 'u1' })).toEqual({
      allowed: true,
      scope: { kind: 'organisasjon', enhetId: 'u1', saksbehandlerId: null },
    });
  });
  it('lets a leader or deputy report on the units they lead only', () => {
    expect(reportScope(actor('LED', ['u1', 'u2']), {})).toMatchObject({ allowed: true, scope: { enheter: ['u1', 'u2'] } });
    expect(reportScope(actor('SF', ['u1']), { enhetId: 'u1' })).toMatchObject({ allowed: true, scope: { enheter: ['u1'] } });
    expect(reportScope(actor('LED', ['u1']), { enhetId: 'u9' }).allowed).toBe(false);
    expect(reportScope(actor('LED', []), {}).allowed).toBe(false);
  });
  it('gives a case worker their own backlog only, and read-only roles none', () => {
    expect(reportScope(actor('SB'), {})).toEqual({ allowed: true, scope: { kind: 'bruker', brukerId: 'me' } });
    expect(reportScope(actor('MS'), { saksbehandlerId: 'me' }).allowed).toBe(true);
    expect(reportScope(actor('SB'), { saksbehandlerId: 'other' }).allowed).toBe(false);
    expect(reportScope(actor('SB'), { enhetId: 'u1' }).allowed).toBe(false);
    expect(reportScope(actor('LES'), {}).allowed).toBe(false);
    expect(reportScope(actor('SYS'), {}).allowed).toBe(false);
  });
});

describe('report dates', () => {
  it('leaves out the last weeks, counts overdue days, names months and quarters', () => {
    expect(includedUpTo('2026-12-01', 3)).toBe('2026-11-10');
    expect(includedUpTo('2026-12-01', 0)).toBe('2026-12-01');
    expect(daysOverdue('2026-11-28', '2026-12-01')).toBe(3);
    expect(daysOverdue('2026-12-01', '2026-12-01')).toBe(0);
    expect(daysOverdue(null, '2026-12-01')).toBe(0);
    expect(monthRange('2026-12')).toEqual({ fra: '2026-12-01', til: '2027-01-01' });
    expect(quarterOf('2026-11-30')).toBe('2026 K4');
    expect(quarterOf('2026-01-01')).toBe('2026 K1');
  });
});
