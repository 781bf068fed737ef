import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors.js';
import { checkDokumentmedium, checkMainDocument, checkRecordDates, datePlausibilityIssues, mayJournalfoere } from './plausibility.js';

const TODAY = '2026-03-10';
const fields = (dates: Parameters<typeof datePlausibilityIssues>[0], changed?: Parameters<typeof datePlausibilityIssues>[2]) =>
  datePlausibilityIssues(dates, TODAY, changed).map((i) => i.field);

describe('record dates', () => {
  it('accepts today, the past since 1900 and a due date on or after the received date', () => {
    expect(fields({ mottattDato: TODAY, dokumentetsDato: '1900-01-01', forfallsdato: TODAY })).toEqual([]);
    expect(fields({ mottattDato: '2026-03-01', forfallsdato: '2030-01-01' })).toEqual([]);
    expect(fields({})).toEqual([]);
  });

  it('refuses a received or document date in the future', () => {
    expect(fields({ mottattDato: '2026-03-11' })).toEqual(['mottattDato']);
    expect(fields({ dokumentetsDato: '2027-01-01' })).toEqual(['dokumentetsDato']);
  });

  it('refuses dates before 1900 (year 1, a mistyped century)', () => {
    expect(fields({ mottattDato: '1899-12-31' })).toEqual(['mottattDato']);
    expect(fields({ dokumentetsDato: '0001-01-01' })).toEqual(['dokumentetsDato']);
    expect(fields({ forfallsdato: '0202-05-01' })).toEqual(['forfallsdato']);
  });

  it('refuses a due date before the received date, naming the due date', () => {
    expect(fields({ mottattDato: '2026-03-01', forfallsdato: '2026-02-28' })).toEqual(['forfallsdato']);
  });

  it('reports only problems touching a changed field', () => {
    const old = { mottattDato: '2026-03-01', dokumentetsDato: '1850-01-01', forfallsdato: '2026-03-22' };
    expect(fields(old, new Set(['forfallsdato']))).toEqual([]);
    expect(fields({ ...old, forfallsdato: '2026-02-01' }, new Set(['forfallsdato']))).toEqual(['forfallsdato']);
    // Moving the received date past the stored due date is the same conflict.
    expect(fields({ ...old, mottattDato: '2026-03-09', forfallsdato: '2026-03-05' }, new Set(['mottattDato']))).toEqual(['forfallsdato']);
  });

  it('throws IMPLAUSIBLE_DATE with every field and a message naming them in both languages', () => {
    let error: unknown;
    try {
      checkRecordDates({ mottattDato: '2027-01-01', dokumentetsDato: '0001-01-01' }, TODAY);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.code).toBe('IMPLAUSIBLE_DATE');
    expect(e.fields.map((f) => f.field)).toEqual(['mottattDato', 'dokumentetsDato']);
    expect(e.text.nb).toContain('Mottatt dato kan ikke være fram i tid (01.01.2027)');
    expect(e.text.en).toContain('Document date cannot be before 1900');
  });
});

describe('main document before journalføring', () => {
  const facts = { journalposttype: 'I', til: 'J', hasHoveddokument: false, dokumentmedium: null };

  it('refuses J for an incoming or outgoing letter without a main document', () => {
    expect(mayJournalfoere(facts)).toBe(false);
    expect(mayJournalfoere({ ...facts, journalposttype: 'U' })).toBe(false);
    expect(() => checkMainDocument(facts)).toThrow(expect.objectContaining({ code: 'MAIN_DOCUMENT_MISSING' }));
  });

  it('lets it through with a main document or the archive’s paper-only confirmation', () => {
    expect(mayJournalfoere({ ...facts, hasHoveddokument: true })).toBe(true);
    expect(mayJournalfoere({ ...facts, dokumentmedium: 'F' })).toBe(true);
    expect(mayJournalfoere({ ...facts, dokumentmedium: 'E' })).toBe(false);
  });

  it('asks nothing of other statuses or of internal notes', () => {
    expect(mayJournalfoere({ ...facts, til: 'M' })).toBe(true);
    expect(mayJournalfoere({ ...facts, til: 'A' })).toBe(true);
    for (const type of ['N', 'X', 'S']) expect(mayJournalfoere({ ...facts, journalposttype: type })).toBe(true);
  });

  it('lets only the archive confirm a paper-only letter', () => {
    expect(() => checkDokumentmedium('ARK', 'F')).not.toThrow();
    expect(() => checkDokumentmedium('SB', 'E')).not.toThrow();
    expect(() => checkDokumentmedium('SB', 'F')).toThrow(expect.objectContaining({ code: 'ACCESS_DENIED' }));
    expect(() => checkDokumentmedium('LED', 'F')).toThrow(expect.objectContaining({ code: 'ACCESS_DENIED' }));
  });
});
