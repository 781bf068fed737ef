import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../office/docx-builder.js';
import { readZip } from '../../../office/zip.js';
import { MALTYPER } from './brevmal-kinds.js';
import { DEFAULT_TEMPLATES, defaultTemplateDocx } from './default-templates.js';
import { checkTemplate, mergeDocx } from './docx-template.js';
import { paragraphTexts } from './merge-xml.js';
import { MERGE_FIELDS, mergeValues, type MergeData } from './merge-fields.js';
import { SAMPLE } from './merge-sample.js';

/** What each listed field must merge to for SAMPLE: a field added to the list without a line here fails the test. */
const EXPECTED: Record<string, string> = {
  'organisasjon.navn': 'Åsnes kommune',
  'organisasjon.organisasjonsnummer': '964 948 232',
  'organisasjon.postadresse': 'Postboks 4',
  'organisasjon.postnummer': '2270',
  'organisasjon.poststed': 'Flisa',
  'organisasjon.adresse': 'Postboks 4, 2270 Flisa',
  'organisasjon.telefon': '62 95 50 00',
  'organisasjon.epost': 'postmottak@asnes.kommune.no',
  'organisasjon.nettside': 'asnes.kommune.no',
  'enhet.navn': 'Byggesak',
  'saksbehandler.navn': 'Siri Saksbehandler',
  'saksbehandler.epost': 'siri@asnes.kommune.no',
  'sak.saksnummer': '2026/123',
  'sak.tittel': 'Gnr 12 bnr 5 – garasje',
  'sak.offentligTittel': 'Gnr 12 bnr 5 – ******',
  'sak.arkivkode': 'L42',
  'sak.saksansvarlig': 'Leif Leder',
  'journalpost.referanse': '2026/123-4',
  'journalpost.loepenummer': '25367/2026',
  'journalpost.tittel': 'Svar på søknad om garasje',
  'journalpost.offentligTittel': 'Svar på søknad om garasje',
  'journalpost.dato': '07.03.2026',
  'journalpost.dokumentetsDato': '06.03.2026',
  'journalpost.forfallsdato': '28.03.2026',
  'journalpost.skjerming': 'Unntatt offentlighet Offl. § 13, fvl. § 13',
  'mottaker.navn': 'Kari Nordmann',
  'mottaker.kontaktperson': 'Per Hansen',
  'mottaker.postadresse': 'Storgata 1',
  'mottaker.postnummer': '2270',
  'mottaker.poststed': 'Flisa',
  'mottaker.land': 'Norge',
  'mottaker.epost': 'kari@example.org',
  'mottaker.adresseblokk': 'Kari Nordmann\nv/ Per Hansen\nStorgata 1\n2270 Flisa\nNorge',
  'mottakere.navn': 'Kari Nordmann\nNils Nabo',
  'kopimottakere.navn': 'Fylkeskommunen',
  'avsender.navn': 'Ola Avsender',
  'avsender.adresseblokk': 'Ola Avsender\nAvsendervegen 2\n2260 Kirkenær',
  'dato.idag': '08.03.2026',
};

/** The text of a DOCX's body: paragraphs apart, line breaks (<w:br/>) as newlines. */
function textOf(docx: Buffer): string {
  const xml = readZip(docx).get('word/document.xml')!.toString('utf8').replaceAll('<w:br/>', '<w:t>\n</w:t>');
  return paragraphTexts(xml).join('\n\n');
}

describe('merge fields', () => {
  it('has an expected value for every listed field, and every field has a meaning in both languages', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(MERGE_FIELDS.map((f) => f.navn).sort());
    for (const f of MERGE_FIELDS) expect(f.nb && f.en).toBeTruthy();
  });

  it('merges every listed field into a DOCX, each to its value, nothing left unmerged', async () => {
    const template = buildDocx({ body: MERGE_FIELDS.map((f) => ({ text: `${f.navn}=[{{${f.navn}}}]` })) });
    expect(checkTemplate(template, 'brev').flettefelt).toEqual(MERGE_FIELDS.map((f) => f.navn));
    const merged = mergeDocx(template, mergeValues(SAMPLE));
    const text = textOf(merged);
    for (const [navn, value] of Object.entries(EXPECTED)) expect(text).toContain(`${navn}=[${value}]`);
    expect(text).not.toContain('{{');
    // Our text extraction (mammoth) reads the merged package.
    expect((await mammoth.extractRawText({ buffer: merged })).value).toContain('sak.tittel=[Gnr 12 bnr 5 – garasje]');
  });

  it('falls back where the record has less: no sender party, no screening, no journal number', () => {
    const bare: MergeData = {
      ...SAMPLE,
      brevhode: { postadresse: null, postnummer: null, poststed: null, telefon: null, epost: null, nettside: null },
      journalpost: { ...SAMPLE.journalpost, tilgangskode: null, dokumentetsDato: null, journalaar: null, journalsekvensnummer: null },
      parter: [],
    };
    const v = mergeValues(bare);
    expect(v.get('avsender.navn')).toBe('Siri Saksbehandler');
    expect(v.get('avsender.adresseblokk')).toBe('Åsnes kommune\nByggesak');
    expect(v.get('journalpost.skjerming')).toBe('');
    expect(v.get('journalpost.dokumentetsDato')).toBe('07.03.2026');
    expect(v.get('journalpost.loepenummer')).toBe('');
    expect(v.get('mottaker.adresseblokk')).toBe('');
  });
});

describe('templates', () => {
  it('has a valid default template of each kind, which passes its own kind check and merges completely', async () => {
    for (const kind of MALTYPER) {
      const docx = defaultTemplateDocx(kind);
      expect([...readZip(docx).keys()][0]).toBe('[Content_Types].xml');
      checkTemplate(docx, kind);
      const merged = mergeDocx(docx, mergeValues(SAMPLE));
      const parts = [...readZip(merged).values()].map((b) => b.toString('utf8')).join('');
      expect(parts, kind).not.toContain('{{');
      expect((await mammoth.extractRawText({ buffer: merged })).value, kind).toContain('2026/123');
    }
    expect(DEFAULT_TEMPLATES.brev.navn).toBe('Standard brev');
  });

  it('merges the letterhead in the header part', () => {
    const merged = readZip(mergeDocx(defaultTemplateDocx('brev'), mergeValues(SAMPLE)));
    expect(merged.get('word/header1.xml')!.toString('utf8')).toContain('Åsnes kommune');
  });

  it('refuses an unknown merge field, naming it', () => {
    const docx = buildDocx({ body: [{ text: '{{sak.tittel}} {{sak.titel}}' }] });
    expect(() => checkTemplate(docx, 'brev')).toThrow(/sak\.titel/);
  });

  it('refuses a case paper without «Forslag til vedtak» or «Vedtak», and a decision without «Vedtak»', () => {
    const paper = (...texts: string[]) => buildDocx({ body: texts.map((text) => ({ text })) });
    expect(() => checkTemplate(paper('Vedtak'), 'saksframlegg')).toThrow(/Forslag til vedtak/);
    expect(() => checkTemplate(paper('Forslag til vedtak'), 'saksframlegg')).toThrow(/«Vedtak»/);
    expect(() => checkTemplate(paper('Tekst'), 'delegertVedtak')).toThrow(/«Vedtak»/);
    expect(checkTemplate(paper('Forslag til vedtak', 'Vedtak'), 'saksframlegg').flettefelt).toEqual([]);
  });

  it('refuses what is no DOCX', () => {
    expect(() => checkTemplate(Buffer.from('%PDF-1.7'), 'brev')).toThrow(expect.objectContaining({ code: 'TEMPLATE_INVALID' }));
  });
});
