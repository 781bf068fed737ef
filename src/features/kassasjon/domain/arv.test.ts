import { describe, expect, it } from 'vitest';
import { addYears, effectiveBelowCase, effectiveForCase, kassasjonsdato } from './arv.js';
import type { StoredKassasjon } from './kassasjon.js';

const none: StoredKassasjon = { kassasjonsvedtak: null, kassasjonshjemmel: null, bevaringstid: null, kassasjonsdato: null };
const k = (kassasjonsvedtak: string, bevaringstid: number | null = 10, kassasjonsdato: string | null = null): StoredKassasjon => ({
  kassasjonsvedtak,
  kassasjonshjemmel: null,
  bevaringstid,
  kassasjonsdato,
});
const src = (vedtak: string | null, arv = 'mappe') => ({ ...(vedtak ? k(vedtak) : none), kassasjon_arv: arv });

describe('inheritance of disposal metadata (krav 6.1.1–6.1.3, 6.1.9–6.1.11)', () => {
  it('krav 6.1.1, 6.1.2, 6.1.3: a case takes its part’s decision before its class’s', () => {
    expect(effectiveForCase(none, src('B'), src('K'))).toMatchObject({ kilde: 'arkivdel', kassasjon: { kassasjonsvedtak: 'B' } });
    expect(effectiveForCase(none, src(null), src('K'))).toMatchObject({ kilde: 'klasse', kassasjon: { kassasjonsvedtak: 'K' } });
    expect(effectiveForCase(none, null, null)).toEqual({ kilde: null, kassasjon: null });
  });
  it('krav 6.1.9: inheritance switched off passes nothing down', () => {
    expect(effectiveForCase(none, src('B', 'av'), src('K', 'av'))).toEqual({ kilde: null, kassasjon: null });
    expect(effectiveForCase(none, src('B', 'av'), src('K'))).toMatchObject({ kilde: 'klasse' });
  });
  it('krav 6.1.10: only «alle» reaches records and documents', () => {
    const parents = { saksmappe: none, arkivdel: src('K'), klasse: null };
    expect(effectiveBelowCase(none, parents).kilde).toBeNull();
    expect(effectiveBelowCase(none, { ...parents, arkivdel: src('K', 'alle') }).kilde).toBe('arkivdel');
  });
  it('krav 6.1.11: an object’s own decision overrides what it inherits; a record’s reaches its documents', () => {
    expect(effectiveForCase(k('G'), src('B'), src('K')).kilde).toBe('egen');
    const parents = { saksmappe: k('K'), journalpost: k('B', null), arkivdel: null, klasse: null };
    expect(effectiveBelowCase(none, parents)).toMatchObject({ kilde: 'journalpost', kassasjon: { kassasjonsvedtak: 'B' } });
    expect(effectiveBelowCase(none, { ...parents, journalpost: none })).toMatchObject({ kilde: 'saksmappe' });
    expect(effectiveBelowCase(k('G'), parents).kilde).toBe('egen');
  });
});

describe('the disposal date (krav 6.1.6, 6.1.8)', () => {
  it('is the closing date plus the retention period; a date set by hand wins; none while open', () => {
    expect(kassasjonsdato({ kassasjonsvedtak: 'K', kassasjonshjemmel: null, bevaringstid: 10, kassasjonsdato: null }, '2015-06-30')).toBe(
      '2025-06-30',
    );
    expect(kassasjonsdato({ kassasjonsvedtak: 'K', kassasjonshjemmel: null, bevaringstid: null, kassasjonsdato: '2030-01-01' }, null)).toBe(
      '2030-01-01',
    );
    expect(kassasjonsdato({ kassasjonsvedtak: 'K', kassasjonshjemmel: null, bevaringstid: 10, kassasjonsdato: null }, null)).toBeNull();
    expect(kassasjonsdato(null, '2015-06-30')).toBeNull();
  });
  it('falls on 28 February for a case closed on 29 February', () => {
    expect(addYears('2012-02-29', 10)).toBe('2022-02-28');
    expect(addYears('2012-02-29', 4)).toBe('2016-02-29');
    expect(addYears('2012-12-31', 0)).toBe('2012-12-31');
  });
});
