import { describe, expect, it } from 'vitest';
import { checkKassasjon, KASSASJONSVEDTAK } from './kassasjon.js';
import { checkMayDispose, documentIsDisposed, type CaseForDisposal } from './utfoer.js';

const K = { kassasjonsvedtak: 'K' as const, kassasjonshjemmel: ' Plan § 2 ', bevaringstid: 10, kassasjonsdato: null };

describe('disposal decisions (krav 6.1.4, 6.1.5, 6.1.8)', () => {
  it('krav 6.1.4: the code list holds Bevares, Kasseres and Vurderes senere', () => {
    expect(KASSASJONSVEDTAK).toEqual(['B', 'K', 'G']);
  });
  it('krav 6.1.5, 6.1.8: «Kasseres» needs a retention period, or on a case a date of its own', () => {
    expect(checkKassasjon('saksmappe', K).kassasjonshjemmel).toBe('Plan § 2');
    expect(() => checkKassasjon('saksmappe', { ...K, bevaringstid: null })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(checkKassasjon('saksmappe', { ...K, bevaringstid: null, kassasjonsdato: '2030-01-01' }).bevaringstid).toBeNull();
    expect(() => checkKassasjon('klasse', { ...K, bevaringstid: null, kassasjonsdato: '2030-01-01' })).toThrow();
    expect(checkKassasjon('klasse', { ...K, kassasjonsvedtak: 'B', bevaringstid: null }).kassasjonsvedtak).toBe('B');
    expect(() => checkKassasjon('saksmappe', { ...K, bevaringstid: -1 })).toThrow();
    expect(() => checkKassasjon('saksmappe', { ...K, bevaringstid: 2.5 })).toThrow();
  });
});

describe('carrying out disposal (issue 17 item 2)', () => {
  const due: CaseForDisposal = {
    saksstatus: 'A',
    kassasjon: K,
    kassasjonsdato: '2020-01-01',
    rettsligHold: null,
    kassert: false,
    uttrukket: true,
  };
  const refused = (c: Partial<CaseForDisposal>) => () => checkMayDispose({ ...due, ...c }, '2026-12-02');
  it('lets a closed, due, extracted case without a hold go', () => {
    expect(refused({})).not.toThrow();
    expect(refused({ kassasjonsdato: '2026-12-02' })).not.toThrow();
  });
  it('refuses each broken condition', () => {
    for (const c of [
      { kassert: true },
      { kassasjon: { ...K, kassasjonsvedtak: 'B' as const } },
      { kassasjon: null },
      { saksstatus: 'B' },
      { kassasjonsdato: '2026-12-03' },
      { kassasjonsdato: null },
      { rettsligHold: 'Tvist' },
      { uttrukket: false },
    ]) {
      expect(refused(c), JSON.stringify(c)).toThrow(expect.objectContaining({ code: 'DISPOSAL_REFUSED' }));
    }
  });
  it('keeps a document whose own decision is Bevares or Vurderes senere', () => {
    expect(documentIsDisposed(null)).toBe(true);
    expect(documentIsDisposed(K)).toBe(true);
    expect(documentIsDisposed({ ...K, kassasjonsvedtak: 'B' })).toBe(false);
    expect(documentIsDisposed({ ...K, kassasjonsvedtak: 'G' })).toBe(false);
  });
});
