import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import {
  formatJournalpostId,
  formatLoepenummer,
  formatSaksnummer,
  journalpostIdsIn,
  parseJournalpostId,
  parseSaksnummer,
} from './numbering.js';

describe('formatting', () => {
  it('writes saksnummer year first, without padding', () => {
    expect(formatSaksnummer(2026, 123)).toBe('2026/123');
    expect(formatSaksnummer(2026, 1)).toBe('2026/1');
  });

  it('writes journalpostID as saksnummer-journalpostnummer', () => {
    expect(formatJournalpostId(2026, 123, 4)).toBe('2026/123-4');
    expect(formatJournalpostId(2011, 3869, 8)).toBe('2011/3869-8');
  });

  it('writes løpenummer sequence first so it is not mistaken for a saksnummer', () => {
    expect(formatLoepenummer(2011, 25367)).toBe('25367/2011');
    expect(formatLoepenummer(2026, 123)).not.toBe(formatSaksnummer(2026, 123));
  });

  it.each([
    () => formatSaksnummer(26, 1),
    () => formatSaksnummer(2026, 0),
    () => formatSaksnummer(2026, -3),
    () => formatSaksnummer(2026, 1.5),
    () => formatSaksnummer(2026.5, 1),
    () => formatSaksnummer(Number.NaN, 1),
    () => formatJournalpostId(2026, 1, 0),
    () => formatLoepenummer(10000, 1),
  ])('refuses numbers that are no Noark number (%#)', (fn) => {
    expect(fn).toThrow(DomainError);
    try {
      fn();
    } catch (e) {
      expect((e as DomainError).code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('parseSaksnummer', () => {
  it.each([
    ['2026/123', 2026, 123],
    [' 2026 / 123 ', 2026, 123],
    ['26/123', 2026, 123],
    ['2026/000123', 2026, 123],
    ['\t2011/3869\n', 2011, 3869],
  ])('reads %j', (text, saksaar, sakssekvensnummer) => {
    expect(parseSaksnummer(text)).toEqual({ saksaar, sakssekvensnummer });
  });

  it.each([
    '',
    '2026',
    '/123',
    '2026/',
    '2026/0',
    '0999/5',
    '202/5',
    '20266/5',
    '2026-123',
    '2026/12a',
    'abc',
    '2026/123-4',
    '2026//1',
    '-26/1',
  ])('returns undefined for %j', (text) => {
    expect(parseSaksnummer(text)).toBeUndefined();
  });

  it('reads two-digit years within a window around the current year when given one', () => {
    expect(parseSaksnummer('98/12', { currentYear: 2026 })?.saksaar).toBe(1998);
    expect(parseSaksnummer('26/12', { currentYear: 2026 })?.saksaar).toBe(2026);
    expect(parseSaksnummer('36/12', { currentYear: 2026 })?.saksaar).toBe(2036);
    expect(parseSaksnummer('37/12', { currentYear: 2026 })?.saksaar).toBe(1937);
    expect(parseSaksnummer('05/12', { currentYear: 2099 })?.saksaar).toBe(2105);
    expect(parseSaksnummer('98/12')?.saksaar).toBe(2098);
  });
});

describe('parseJournalpostId', () => {
  it('reads the three numbers', () => {
    expect(parseJournalpostId('2026/123-4')).toEqual({ saksaar: 2026, sakssekvensnummer: 123, journalpostnummer: 4 });
    expect(parseJournalpostId(' 26 / 123 - 4 ')).toEqual({ saksaar: 2026, sakssekvensnummer: 123, journalpostnummer: 4 });
  });

  it.each(['2026/123', '2026/123-0', '2026/123-', '2026/123-4-5', 'x2026/123-4'])('returns undefined for %j', (text) => {
    expect(parseJournalpostId(text)).toBeUndefined();
  });

  it('round-trips with the formatter', () => {
    const id = { saksaar: 2026, sakssekvensnummer: 9876, journalpostnummer: 12 };
    expect(parseJournalpostId(formatJournalpostId(id.saksaar, id.sakssekvensnummer, id.journalpostnummer))).toEqual(id);
  });
});

describe('journalpostIdsIn', () => {
  it('finds every record number in free text, once each, in order', () => {
    const text = 'Ber om innsyn i 2026/12-3 og 26/40-1, samt 2026/12-3 igjen.\nOgså 2025 / 7 - 2.';
    expect(journalpostIdsIn(text)).toEqual([
      { saksaar: 2026, sakssekvensnummer: 12, journalpostnummer: 3 },
      { saksaar: 2026, sakssekvensnummer: 40, journalpostnummer: 1 },
      { saksaar: 2025, sakssekvensnummer: 7, journalpostnummer: 2 },
    ]);
  });

  it('passes over case numbers, dates and numbers inside longer runs', () => {
    expect(journalpostIdsIn('Sak 2026/12, brev av 01.02.2026, ref 12026/5-1 og 2026/5-1/3')).toEqual([]);
  });
});
