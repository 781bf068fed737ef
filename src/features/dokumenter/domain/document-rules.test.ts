import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import {
  checkDokumentstatusChange,
  checkMayAddVersion,
  checkMayChangeDocuments,
  defaultDokumentstatus,
  nextNumber,
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
  it.each([
    ['SB', 'S', 'OK'],
    ['SB', 'R', 'OK'],
    ['SB', 'J', 'RECORD_LOCKED'],
    ['SB', 'A', 'RECORD_LOCKED'],
    ['LED', 'U', 'RECORD_LOCKED'],
    ['ARK', 'J', 'OK'],
    ['ARK', 'U', 'OK'],
    ['LES', 'S', 'ACCESS_DENIED'],
    ['LES', 'J', 'ACCESS_DENIED'],
  ] as const)('%s on a record with status %s → %s', (rolle, status, expected) => {
    expect(codeOf(() => checkMayChangeDocuments(rolle, status))).toBe(expected);
  });

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

  it('adds versions to drafts, or to finalised documents only as archivist', () => {
    expect(codeOf(() => checkMayAddVersion('SB', 'B'))).toBe('OK');
    expect(codeOf(() => checkMayAddVersion('SB', 'F'))).toBe('RECORD_LOCKED');
    expect(codeOf(() => checkMayAddVersion('ARK', 'F'))).toBe('OK');
  });

  it('numbers from 1 without gaps and finalises incoming documents by default', () => {
    expect(nextNumber(null)).toBe(1);
    expect(nextNumber(3)).toBe(4);
    expect(defaultDokumentstatus('I')).toBe('F');
    expect(defaultDokumentstatus('U')).toBe('B');
  });
});
