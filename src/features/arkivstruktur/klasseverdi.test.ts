import { describe, expect, it } from 'vitest';
import { isValidFoedselsnummer, normaliseGnrBnr, normaliseKlasseverdi } from './klasseverdi.js';

describe('fødselsnummer', () => {
  it.each(['01019012057', '15058432005', '31129945020', '24031511190', '07070770150'])('accepts %s', (fnr) => {
    expect(isValidFoedselsnummer(fnr)).toBe(true);
  });
  it.each([
    ['a wrong first check digit', '01019012067'],
    ['a wrong second check digit', '01019012058'],
    ['ten digits', '0101901205'],
    ['letters', '0101901205X'],
  ])('refuses %s', (_why, fnr) => {
    expect(isValidFoedselsnummer(fnr)).toBe(false);
  });
  it('accepts spaces in input and stores the digits', () => {
    expect(normaliseKlasseverdi('fnr', '010190 12057', 'verdi')).toBe('01019012057');
  });
});

describe('gnr/bnr', () => {
  it.each([
    ['12/34', '12/34'],
    ['12/34/0/0', '12/34'],
    [' 12 / 34 ', '12/34'],
    ['012/034', '12/34'],
    ['12/34/1/0', '12/34/1/0'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseGnrBnr(input)).toBe(expected);
  });
  it.each(['12', '12-34', '0/34', '12/0', '12/34/1', 'a/b'])('refuses %s', (input) => {
    expect(normaliseGnrBnr(input)).toBeUndefined();
  });
  it('names the field in the error', () => {
    expect(() => normaliseKlasseverdi('gnrbnr', '12-34', 'primaerKlasse.verdi')).toThrow(/primaerKlasse.verdi/);
  });
});
