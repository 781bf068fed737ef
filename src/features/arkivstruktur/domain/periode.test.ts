import { describe, expect, it } from 'vitest';
import {
  checkCaseMayReopen,
  checkMayClose,
  checkPeriodMayEnd,
  checkTakesNewCases,
  dayAfter,
  placeNewRegistration,
  statusWhenPeriodEnds,
  successorForTransfer,
} from './periode.js';

const del = (arkivdelstatus: string, referanse_arvtaker: string | null = null) => ({
  id: 'd',
  tittel: 'Sakarkiv',
  arkivdelstatus,
  referanse_arvtaker,
});

describe('arkivdel periods (krav 6.2)', () => {
  it('krav 6.2.3, 6.2.4, 6.2.6: only an active part takes new cases (the status name of old rows too)', () => {
    expect(() => checkTakesNewCases(del('A'))).not.toThrow();
    expect(() => checkTakesNewCases(del('Aktiv periode'))).not.toThrow();
    for (const s of ['O', 'P', 'U', 'Overlappingsperiode']) expect(() => checkTakesNewCases(del(s))).toThrow(/arkivdelId|nye saker/);
  });

  it('krav 6.2.4, 6.2.5, 6.2.6: a registration stays in an active part, moves on from an overlap, and is refused in a closed part', () => {
    expect(placeNewRegistration(del('A', 'x'))).toEqual({ moveTo: null });
    expect(placeNewRegistration(del('O', 'ny'))).toEqual({ moveTo: 'ny' });
    expect(() => placeNewRegistration(del('P', 'ny'))).toThrow(expect.objectContaining({ code: 'PERIOD_CLOSED' }));
  });

  it('krav 6.2.7: a part in overlap closes only without open cases; an active one goes to overlap while it has any', () => {
    expect(() => checkMayClose(del('O'), 1)).toThrow(expect.objectContaining({ code: 'PERIOD_CLOSED' }));
    expect(() => checkMayClose(del('O'), 0)).not.toThrow();
    expect(() => checkMayClose(del('A'), 0)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect([statusWhenPeriodEnds(2), statusWhenPeriodEnds(0)]).toEqual(['O', 'P']);
    expect(() => checkPeriodMayEnd(del('O'))).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('krav 6.2.9: open cases go to the successor of a part in overlap only', () => {
    expect(successorForTransfer(del('O', 'ny'))).toBe('ny');
    expect(() => successorForTransfer(del('A', 'ny'))).toThrow();
    expect(() => successorForTransfer(del('O'))).toThrow();
  });

  it('krav 6.2.6: a case of a closed part is not reopened', () => {
    expect(() => checkCaseMayReopen(del('P'))).toThrow(expect.objectContaining({ code: 'PERIOD_CLOSED' }));
    expect(() => checkCaseMayReopen(del('O'))).not.toThrow();
  });

  it('starts the successor the day after, across years and leap days', () => {
    expect([dayAfter('2025-12-31'), dayAfter('2028-02-28'), dayAfter('2028-02-29')]).toEqual(['2026-01-01', '2028-02-29', '2028-03-01']);
  });
});
