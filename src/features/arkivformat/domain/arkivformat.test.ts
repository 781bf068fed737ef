import { describe, expect, it } from 'vitest';
import { approvedFormats, awaitsArchivalFormat, lacksApprovedFormat } from './arkivformat.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const doc = (formats: string[], productionMimeType: string | null, unntak: string | null = null) => ({
  formats,
  productionMimeType,
  unntak,
});

describe('archival formats (krav 2.7.9–2.7.13, issue 17 item 3)', () => {
  const standard = approvedFormats(null);

  it('krav 2.7.9: the standard list holds PDF/A, TIFF, XML and plain text; an own list replaces it', () => {
    expect(['fmt/95', 'fmt/354', 'fmt/477', 'fmt/353', 'fmt/101', 'x-fmt/111'].every((f) => standard.has(f))).toBe(true);
    expect(standard.has('fmt/276')).toBe(false); // plain PDF 1.7
    expect([...approvedFormats(['fmt/477'])]).toEqual(['fmt/477']);
    expect(approvedFormats([]).has('fmt/354')).toBe(true);
  });

  it('issue 17 item 3: an office document without an approved variant holds back J and A, unless excepted', () => {
    expect(awaitsArchivalFormat(doc(['fmt/412'], DOCX), standard)).toBe(true);
    expect(awaitsArchivalFormat(doc(['fmt/412', 'fmt/477'], DOCX), standard)).toBe(false);
    expect(awaitsArchivalFormat(doc(['fmt/412', 'fmt/477'], DOCX), approvedFormats(['fmt/354']))).toBe(true);
    expect(awaitsArchivalFormat(doc(['fmt/412'], DOCX, 'Konverteres ved avlevering'), standard)).toBe(false);
    // Nothing here converts a plain PDF or an e-mail: they wait for the report, not the journal.
    expect(awaitsArchivalFormat(doc(['fmt/276'], 'application/pdf'), standard)).toBe(false);
    expect(awaitsArchivalFormat(doc([], null), standard)).toBe(false);
  });

  it('krav 2.7.13: any electronic document without an approved format is reported', () => {
    expect(lacksApprovedFormat(doc(['fmt/276'], 'application/pdf'), standard)).toBe(true);
    expect(lacksApprovedFormat(doc(['fmt/354'], 'application/pdf'), standard)).toBe(false);
    expect(lacksApprovedFormat(doc([], null), standard)).toBe(false);
  });
});
