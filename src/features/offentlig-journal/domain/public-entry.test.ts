import { describe, expect, it } from 'vitest';
import { hasFullAccessTo, publicReads, type Reader } from '../../tilgang/domain/read-rule.js';
import { journalregistreringXml, xmlText } from './offentlig-journal-xml.js';
import { maskFoedselsnummer, presentPublicEntry, type PublicRecordRow } from './public-entry.js';

const row = (over: Partial<PublicRecordRow> = {}): PublicRecordRow => ({
  id: '5f0c1c9e-4a8e-4d5b-9f6e-2c1d3b4a5e6f',
  journalposttype: 'I',
  journaldato: '2026-03-02',
  dokumentets_dato: null,
  journalaar: 2026,
  journalsekvensnummer: 12,
  journalpostnummer: 3,
  tittel: 'Søknad om startlån Kari Hansen',
  offentlig_tittel: null,
  tilgangskode: null,
  skjermingshjemmel: null,
  skjermede_tittelord: [],
  saksmappe_id: '6f0c1c9e-4a8e-4d5b-9f6e-2c1d3b4a5e6f',
  saksaar: 2026,
  sakssekvensnummer: 7,
  sak_tittel: 'Startlån',
  sak_offentlig_tittel: null,
  sak_tilgangskode: null,
  sak_skjermingshjemmel: null,
  sak_skjermede_tittelord: [],
  enhet: null,
  ...over,
});

describe('the public entry', () => {
  it('masks every fødselsnummer-like number, with or without the space, never part of a longer number', () => {
    expect(maskFoedselsnummer('Søknad 01019012057 og 010190 12057')).toBe('Søknad ***** og *****');
    expect(maskFoedselsnummer('Konto 123456789012 gnr 12/34 tlf 12345678')).toBe('Konto 123456789012 gnr 12/34 tlf 12345678');
  });

  it('is what the read rule shows a reader with no relation: only an object without a code is read in full', () => {
    const nobody: Reader = { brukerId: 'x', rolle: 'LES', ledetEnheter: [], tilgangsgrupper: [] };
    for (const tilgangskode of [null, 'U', 'P', 'E', 'S', 'XX']) {
      expect(publicReads({ tilgangskode })).toBe(
        hasFullAccessTo(nobody, { tilgangskode, tilgangsgruppeId: null, personer: [], enheter: [] }),
      );
    }
  });

  it('shows a screened record by its public title, its parties as «Skjermet»', () => {
    const parts = [{ journalpost_id: row().id, korrespondanseparttype: 'EA', navn: 'Kari Hansen', skjermet: false }];
    const open = presentPublicEntry(row(), parts, []);
    expect([open.offentligTittel, open.korrespondanseparter[0]!.navn, open.loepenummer, open.journalpostId]).toEqual([
      'Søknad om startlån Kari Hansen',
      'Kari Hansen',
      '12/2026',
      '2026/7-3',
    ]);
    const screened = presentPublicEntry(row({ tilgangskode: 'U', skjermede_tittelord: [3, 4] }), parts, []);
    expect([screened.offentligTittel, screened.korrespondanseparter[0]!.navn, screened.skjermet]).toEqual([
      'Søknad om startlån *****',
      'Skjermet',
      true,
    ]);
  });

  it('writes XML-safe text and a party where the schema requires one', () => {
    expect(xmlText('A & B <c> "d" \u0001')).toBe('A &amp; B &lt;c&gt; &quot;d&quot; ');
    expect(journalregistreringXml(presentPublicEntry(row(), [], []))).toContain(
      '<korrespondansepart><korrespondanseparttype>EA</korrespondanseparttype><korrespondansepartNavn>Ikke registrert</korrespondansepartNavn></korrespondansepart>',
    );
  });
});
