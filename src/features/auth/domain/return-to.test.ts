import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './return-to.js';

const origin = 'https://saksgang.kommune.no';

describe('return address after login', () => {
  it('keeps a path on our own site, with query and fragment', () => {
    expect(sameOriginPath('/saker/2026/12?fane=dokumenter#d1', origin)).toBe('/saker/2026/12?fane=dokumenter#d1');
    expect(sameOriginPath('https://saksgang.kommune.no/sok?q=byggesak', origin)).toBe('/sok?q=byggesak');
    expect(sameOriginPath(undefined, origin)).toBe('/');
  });

  it('sends everything that a browser would take to another host to the start page', () => {
    for (const hostile of [
      '/\\evil.example',
      '\\\\evil.example',
      '//evil.example',
      '///evil.example',
      'https://evil.example/saker',
      'http://saksgang.kommune.no/saker', // another scheme is another origin
      'https://saksgang.kommune.no.evil.example/',
      'https://saksgang.kommune.no//evil.example/x',
      'javascript:alert(1)',
      ' //evil.example',
      '/\t/evil.example',
      'https://user@evil.example',
    ]) {
      const result = sameOriginPath(hostile, origin);
      expect(new URL(result, origin).origin, hostile).toBe(origin);
      expect(result.startsWith('//'), hostile).toBe(false);
      expect(result.startsWith('/'), hostile).toBe(true);
    }
    expect(sameOriginPath('/\\evil.example', origin)).toBe('/');
    expect(sameOriginPath('https://evil.example/saker', origin)).toBe('/');
  });
});
