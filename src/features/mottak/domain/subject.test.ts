import { describe, expect, it } from 'vitest';
import { isMeaninglessSubject, stripPrefixes } from './subject.js';

describe('e-mail subjects', () => {
  it('flags empty, prefix-only and placeholder subjects, and subjects carrying reply or forward prefixes', () => {
    for (const s of [
      '',
      '   ',
      null,
      'SV: RE:',
      'Re: SV:SV:',
      '(no subject)',
      'SV: (ingen emne)',
      'Fwd: Hei',
      'SV[2]: Søknad',
      'RE: Byggesøknad gnr 12',
    ])
      expect(isMeaninglessSubject(s), String(s)).toBe(true);
  });

  it('leaves a subject that names its matter', () => {
    for (const s of ['Søknad om ferdigattest', 'Klage på vedtak i sak 2026/12', 'Revisjon: årsrapport'])
      expect(isMeaninglessSubject(s), s).toBe(false);
  });

  it('strips every reply and forward prefix', () => {
    expect(stripPrefixes('SV: RE: Fwd:  Søknad om  ferdigattest')).toBe('Søknad om ferdigattest');
    expect(stripPrefixes('AW: WG: VS: TR: Klage')).toBe('Klage');
    expect(stripPrefixes('Revisjon: årsrapport')).toBe('Revisjon: årsrapport');
  });
});
