import { describe, expect, it } from 'vitest';
import {
  fromNoark,
  previewPublicTitle,
  scopesOf,
  titleWords,
  toNoark,
  type Scope,
} from '../../web/src/features/screening/screening-scope.js';

/*
 * The screening form's mapping from what a user screens to the Noark fields
 * the API takes (skjermingMetadata M502, skjermingDokument M503), and its
 * preview of the public title, which must be the server's.
 */

const set = (...s: Scope[]) => new Set<Scope>(s);

describe('the screening form', () => {
  it('maps title words, parties and documents to the Noark codes of each level', () => {
    expect(toNoark('saksmappe', set('tittelord', 'parter'))).toEqual({ skjermingMetadata: ['NPS', 'TMO'], skjermingDokument: false });
    expect(toNoark('journalpost', set('parter', 'dokumenter'))).toEqual({ skjermingMetadata: ['NA', 'NM'], skjermingDokument: true });
    expect(toNoark('dokumentbeskrivelse', set('tittelord'))).toEqual({ skjermingMetadata: ['TD'], skjermingDokument: false });
    expect(toNoark('saksmappe', set('hele', 'parter'))).toEqual({
      skjermingMetadata: ['KID', 'MT', 'NPS', 'TKL', 'TMO'],
      skjermingDokument: true,
    });
    expect(scopesOf('dokumentbeskrivelse')).toEqual(['tittelord', 'dokumenter', 'hele']);
  });

  it('opens with the choices the stored screening amounts to', () => {
    for (const level of ['saksmappe', 'journalpost', 'dokumentbeskrivelse'] as const) {
      for (const scopes of [set('tittelord'), set('dokumenter'), set('hele'), set()]) {
        expect(fromNoark(level, toNoark(level, scopes))).toEqual(scopes);
      }
    }
    expect(fromNoark('journalpost', { skjermingMetadata: ['NA'], skjermingDokument: false })).toEqual(set());
  });

  it('splits the title as the server counts words and previews the public title by its rule', () => {
    const tittel = '  Personalmappe –  Ole Knutsen ';
    expect(titleWords(tittel)).toEqual(['Personalmappe', '–', 'Ole', 'Knutsen']);
    const o = { tittel, offentligTittel: null, tilgangskode: 'P' };
    expect(previewPublicTitle('saksmappe', { ...o, skjermedeTittelord: [2, 3] })).toBe('Personalmappe – *****');
    expect(previewPublicTitle('saksmappe', { ...o, skjermedeTittelord: [] })).toBe('Personalmappe');
    expect(previewPublicTitle('journalpost', { ...o, skjermedeTittelord: [] })).toBe('*****');
  });
});
