import { describe, expect, it } from 'vitest';
import { chooseObjects, referanseDokumentfil } from './dokumentfiler.js';
import type { DokumentobjektRow } from './rows.js';

const APPROVED = new Set(['fmt/95', 'fmt/354']);
let n = 0;
const objekt = (versjonsnummer: number, variantformat: string, format: string, filnavn = 'brev.pdf'): DokumentobjektRow => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  dokumentbeskrivelse_id: 'd',
  versjonsnummer,
  variantformat,
  format,
  format_detaljer: null,
  filnavn,
  mime_type: 'application/pdf',
  sjekksum: 'a'.repeat(64),
  sjekksum_algoritme: 'SHA-256',
  filstoerrelse: 10,
  konvertert_fra_format: null,
  konverteringsverktoey: null,
  opprettet_dato: new Date(),
  opprettet_av_navn: 'Arkivar',
});

describe('which file objects an extraction carries', () => {
  it('krav 6.4.10, 6.4.36–6.4.38: every version, in archival format: the A variant (and a screened O variant), not the production file beside them', () => {
    const v1p = objekt(1, 'P', 'fmt/412', 'brev.docx');
    const v1a = objekt(1, 'A', 'fmt/95');
    const v2p = objekt(2, 'P', 'fmt/412', 'brev.docx');
    const v2a = objekt(2, 'A', 'fmt/354');
    const v2o = objekt(2, 'O', 'fmt/354');
    expect(chooseObjects([v1p, v1a, v2p, v2a, v2o], APPROVED)).toEqual([v1a, v2a, v2o]);
  });

  it('a production file already in an approved format (a PDF/A received) goes as it is; one in no approved format too, so nothing is left out', () => {
    const pdfa = objekt(1, 'P', 'fmt/354');
    expect(chooseObjects([pdfa], APPROVED)).toEqual([pdfa]);
    const mail = objekt(1, 'P', 'x-fmt/430', 'melding.msg');
    expect(chooseObjects([mail], APPROVED)).toEqual([mail]);
  });

  it('names each file by its systemID under dokumenter/, keeping only a plain extension', () => {
    const o = objekt(1, 'A', 'fmt/95', '../../etc/Søknad.PDF');
    expect(referanseDokumentfil(o)).toBe(`dokumenter/${o.id}.pdf`);
    expect(referanseDokumentfil({ id: o.id, filnavn: 'uten-endelse' })).toBe(`dokumenter/${o.id}`);
  });
});
