import { describe, expect, it } from 'vitest';
import { normaliseSearchText, splitSnippet } from './query-text.js';

describe('normaliseSearchText', () => {
  it('writes case numbers and record ids the way they are indexed', () => {
    expect(normaliseSearchText('sak 2026/0123')).toBe('sak 2026/123');
    expect(normaliseSearchText('2026 / 123 - 04 ')).toBe('2026/123-4');
    expect(normaliseSearchText('"nytt  bolighus" -garasje')).toBe('"nytt bolighus" -garasje');
  });
});

describe('splitSnippet', () => {
  it('turns headline markers into hit parts', () => {
    expect(splitSnippet('Søknad om \u0001bolighus\u0002 på gnr 12/34')).toEqual([
      { tekst: 'Søknad om ', treff: false },
      { tekst: 'bolighus', treff: true },
      { tekst: ' på gnr 12/34', treff: false },
    ]);
    expect(splitSnippet('<b>ingen</b> treff')).toEqual([{ tekst: '<b>ingen</b> treff', treff: false }]);
  });
});
