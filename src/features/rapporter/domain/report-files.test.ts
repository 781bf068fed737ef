import { describe, expect, it } from 'vitest';
import { toCsv, toPdfText, type ReportLine } from './report-files.js';

const line = (over: Partial<ReportLine> = {}): ReportLine => ({
  journalpostId: '2026/12-1',
  journalposttype: 'I',
  journaldato: '2026-10-01',
  forfallsdato: '2026-10-22',
  dagerOverFrist: 40,
  tittel: 'Søknad om ferie',
  enhet: 'Byggesak',
  saksbehandler: 'Kari Saksbehandler',
  ...over,
});

describe('report files', () => {
  it('writes CSV with a BOM, semicolons, CRLF, quoting and defused formulas', () => {
    const csv = toCsv([line(), line({ tittel: 'Svar; «viktig» "nå"', saksbehandler: '=HYPERLINK()' })]);
    expect(csv.startsWith('\ufeffJournalpost;Type;')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[1]).toBe('2026/12-1;I;2026-10-01;2026-10-22;40;Søknad om ferie;Byggesak;Kari Saksbehandler');
    expect(rows[2]).toBe(`2026/12-1;I;2026-10-01;2026-10-22;40;"Svar; «viktig» ""nå""";Byggesak;'=HYPERLINK()`);
    expect(toCsv([line()], 1)).toContain('avkortet etter 1 rader');
  });

  it('groups the PDF text by unit and case worker with counts', () => {
    const text = toPdfText({ tittel: 'Restanseliste', dato: '2026-12-01', grunnlag: 'Uten siste 3 uker.' }, [
      line(),
      line({ journalpostId: '2026/12-2', saksbehandler: '' }),
    ]);
    expect(text).toContain('Byggesak – Kari Saksbehandler (1)');
    expect(text).toContain('Byggesak – Ikke fordelt (1)');
    expect(text).toContain('2026/12-1 I 2026-10-01 frist 2026-10-22 (40 dager over): Søknad om ferie');
    expect(toPdfText({ tittel: 'R', dato: 'd', grunnlag: '' }, [])).toContain('Ingen restanser.');
  });
});
