import { buildDocx, type DocxContent, type DocxParagraph } from '../../../office/docx-builder.js';
import type { Maltype } from './brevmal-kinds.js';

/*
 * The template of each kind an organisation starts with, so a case worker
 * can write from the first day; the system owner uploads the
 * organisation's designed ones beside them and deactivates these.
 */

const p = (text: string, extra: Partial<DocxParagraph> = {}): DocxParagraph => ({ text, ...extra });
const small = (text: string) => p(text, { style: 'Small' });
const heading = (text: string) => p(text, { style: 'Heading1' });

const LETTERHEAD: DocxParagraph[] = [p('{{organisasjon.navn}}', { bold: true }), small('{{enhet.navn}}')];

const FOOTER_LINES: DocxParagraph[] = [
  p(''),
  small('Postadresse: {{organisasjon.adresse}} · Telefon: {{organisasjon.telefon}} · E-post: {{organisasjon.epost}}'),
  small('Nettside: {{organisasjon.nettside}} · Org.nr.: {{organisasjon.organisasjonsnummer}}'),
];

const REFERENCES = [
  small('Vår ref.: {{journalpost.referanse}} · Arkivkode: {{sak.arkivkode}}'),
  small('Saksbehandler: {{saksbehandler.navn}} · {{saksbehandler.epost}}'),
  small('Dato: {{journalpost.dokumentetsDato}}'),
  small('{{journalpost.skjerming}}'),
];

const CLOSING = [
  p(''),
  p('Med hilsen'),
  p(''),
  p('{{saksbehandler.navn}}'),
  p('{{enhet.navn}}'),
  p(''),
  small('Dokumentet er elektronisk godkjent.'),
];

const letter = (intro: DocxParagraph[], title: string, body: DocxParagraph[]): DocxContent => ({
  header: LETTERHEAD,
  body: [...intro, p(''), ...REFERENCES, p(title, { style: 'Title' }), ...body, ...CLOSING, ...FOOTER_LINES],
});

const memoHead = (kind: string): DocxParagraph[] => [
  p(kind, { style: 'Title' }),
  small('Til: {{mottaker.navn}}'),
  small('Kopi: {{kopimottakere.navn}}'),
  small('Fra: {{avsender.navn}}, {{enhet.navn}}'),
  small('Saksnr.: {{journalpost.referanse}} · Dato: {{journalpost.dokumentetsDato}}'),
  small('{{journalpost.skjerming}}'),
];

export const DEFAULT_TEMPLATES: Readonly<Record<Maltype, { navn: string; content: DocxContent }>> = {
  brev: {
    navn: 'Standard brev',
    content: letter([p('{{mottaker.adresseblokk}}')], '{{journalpost.tittel}}', [p('Skriv brevet her.')]),
  },
  partsbrev: {
    navn: 'Standard partsbrev',
    content: letter([small('Til partene i saken:'), p('{{mottakere.navn}}')], '{{sak.tittel}} – {{journalpost.tittel}}', [
      p('Dette brevet går til alle parter i saken {{sak.saksnummer}}.'),
      p('Skriv brevet her.'),
    ]),
  },
  delegertVedtak: {
    navn: 'Standard delegert vedtak',
    content: letter([p('{{mottaker.adresseblokk}}')], 'Vedtak – {{journalpost.tittel}}', [
      heading('Vedtak'),
      p('Skriv vedtaket her.'),
      heading('Hjemmel'),
      p('Vedtaket er fattet etter delegert myndighet.'),
      heading('Klageadgang'),
      p('Vedtaket kan påklages innen tre uker fra det er mottatt, jf. forvaltningsloven § 29.'),
    ]),
  },
  notat: {
    navn: 'Standard notat',
    content: {
      header: LETTERHEAD,
      body: [...memoHead('Notat'), p(''), p('{{journalpost.tittel}}', { bold: true }), p('Skriv notatet her.')],
    },
  },
  saksframlegg: {
    navn: 'Standard saksframlegg',
    content: {
      header: LETTERHEAD,
      body: [
        p('Saksframlegg', { style: 'Title' }),
        small('Saksbehandler: {{saksbehandler.navn}} · Arkivsak: {{sak.saksnummer}} · Arkivkode: {{sak.arkivkode}}'),
        small('Dato: {{journalpost.dokumentetsDato}}'),
        p('{{journalpost.tittel}}', { bold: true }),
        heading('Forslag til vedtak'),
        p('Skriv kommunedirektørens forslag til vedtak her.'),
        heading('Saksopplysninger'),
        p(''),
        heading('Vurdering'),
        p(''),
        heading('Vedtak'),
        p('Fylles ut etter behandlingen.'),
      ],
    },
  },
};

export const defaultTemplateDocx = (maltype: Maltype): Buffer => buildDocx(DEFAULT_TEMPLATES[maltype].content);
