import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import {
  checkDokumentstatusChange,
  defaultDokumentstatus,
  MAX_VERSJONER,
  nextNumber,
  nextVersjonsnummer,
  tilknyttetFor,
} from './document-rules.js';

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('document rules', () => {
  it('makes the first document the main document and refuses a second one', () => {
    expect(tilknyttetFor(undefined, false)).toBe('H');
    expect(tilknyttetFor(undefined, true)).toBe('V');
    expect(tilknyttetFor('V', false)).toBe('V');
    expect(codeOf(() => tilknyttetFor('H', true))).toBe('VALIDATION_FAILED');
  });

  it('lets dokumentstatus go from B to F only', () => {
    expect(codeOf(() => checkDokumentstatusChange('B', 'F'))).toBe('OK');
    expect(codeOf(() => checkDokumentstatusChange('F', 'F'))).toBe('OK');
    expect(codeOf(() => checkDokumentstatusChange('F', 'B'))).toBe('ILLEGAL_STATUS_TRANSITION');
  });

  it('numbers from 1 without gaps and finalises incoming documents by default', () => {
    expect(nextNumber(null)).toBe(1);
    expect(nextNumber(3)).toBe(4);
    expect(defaultDokumentstatus('I')).toBe('F');
    expect(defaultDokumentstatus('U')).toBe('B');
  });

  it(`keeps at most ${MAX_VERSJONER} versions of a document (its page lists them all)`, () => {
    expect(nextVersjonsnummer(null)).toBe(1);
    expect(nextVersjonsnummer(MAX_VERSJONER - 1)).toBe(MAX_VERSJONER);
    expect(codeOf(() => nextVersjonsnummer(MAX_VERSJONER))).toBe('CONFLICT');
  });
});
