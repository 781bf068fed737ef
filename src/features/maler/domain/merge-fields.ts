import { formatJournalpostId, formatLoepenummer, formatSaksnummer } from '../../noark/domain/numbering.js';

/** A party of the record as a letter needs it. */
export interface MergeParty {
  korrespondanseparttype: string;
  navn: string;
  postadresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  land: string | null;
  epostadresse: string | null;
  kontaktperson: string | null;
}

/** Everything a template can draw on, read in the registering transaction. */
export interface MergeData {
  organisasjon: { navn: string; organisasjonsnummer: string };
  brevhode: {
    postadresse: string | null;
    postnummer: string | null;
    poststed: string | null;
    telefon: string | null;
    epost: string | null;
    nettside: string | null;
  };
  enhet: { navn: string };
  saksbehandler: { navn: string; epost: string | null };
  saksansvarlig: { navn: string };
  saksmappe: { saksaar: number; sakssekvensnummer: number; tittel: string; offentligTittel: string | null; klasse: string | null };
  journalpost: {
    journalpostnummer: number;
    journalaar: number | null;
    journalsekvensnummer: number | null;
    tittel: string;
    offentligTittel: string | null;
    journaldato: string;
    dokumentetsDato: string | null;
    forfallsdato: string | null;
    tilgangskode: string | null;
    skjermingshjemmel: string | null;
  };
  parter: readonly MergeParty[];
  /** Today in Oslo, YYYY-MM-DD. */
  idag: string;
}

export interface MergeField {
  navn: string;
  gruppe: 'organisasjon' | 'enhet' | 'saksbehandler' | 'sak' | 'journalpost' | 'mottaker' | 'avsender' | 'dato';
  nb: string;
  en: string;
  value: (d: MergeData) => string;
}

const RECIPIENTS = ['EM', 'GM', 'IM'];
const COPIES = ['EK', 'IK'];
const SENDERS = ['EA', 'IA'];

/** Norwegian date: 07.03.2026. */
export function norwegianDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** 964947260 → 964 947 260, as letterheads print it. */
const groupedOrgnr = (n: string) => n.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

const line = (...parts: (string | null | undefined)[]) => parts.filter((p) => p?.trim()).join(' ');
const lines = (...parts: (string | null | undefined)[]) => parts.filter((p) => p?.trim()).join('\n');

const firstOf = (d: MergeData, types: readonly string[]) => d.parter.find((p) => types.includes(p.korrespondanseparttype));
const allOf = (d: MergeData, types: readonly string[]) => d.parter.filter((p) => types.includes(p.korrespondanseparttype));

/** Name, c/o contact, street, post code and place, country: the address block of an envelope window. */
function addressBlock(p: MergeParty | undefined): string {
  if (!p) return '';
  return lines(p.navn, p.kontaktperson ? `v/ ${p.kontaktperson}` : null, p.postadresse, line(p.postnummer, p.poststed), p.land);
}

type Value = (d: MergeData) => string;

/** The group a field is listed under is the first part of its name (the recipient lists go with «mottaker»). */
function field(navn: string, nb: string, en: string, value: Value): MergeField {
  const prefix = navn.split('.')[0]!;
  const gruppe = (prefix.endsWith('mottakere') ? 'mottaker' : prefix) as MergeField['gruppe'];
  return { navn, gruppe, nb, en, value };
}

type BrevhodeFelt = keyof MergeData['brevhode'];
const letterhead = (felt: BrevhodeFelt, nb: string, en: string) =>
  field(`organisasjon.${felt}`, `Organisasjonens ${nb}`, `The organisation's ${en}`, (d) => d.brevhode[felt] ?? '');

const recipient = (felt: string, nb: string, en: string, value: (p: MergeParty) => string | null) =>
  field(`mottaker.${felt}`, `Første mottaker: ${nb}`, `First recipient: ${en}`, (d) => {
    const p = firstOf(d, RECIPIENTS);
    return p ? (value(p) ?? '') : '';
  });

const sakensnummer = (d: MergeData) => formatSaksnummer(d.saksmappe.saksaar, d.saksmappe.sakssekvensnummer);
const referanse = (d: MergeData) =>
  formatJournalpostId(d.saksmappe.saksaar, d.saksmappe.sakssekvensnummer, d.journalpost.journalpostnummer);
const loepenummer = ({ journalpost: j }: MergeData) =>
  j.journalaar && j.journalsekvensnummer ? formatLoepenummer(j.journalaar, j.journalsekvensnummer) : '';
const orgAdresse = ({ brevhode: b }: MergeData) => [b.postadresse, line(b.postnummer, b.poststed)].filter((p) => p?.trim()).join(', ');
const avsenderBlokk = (d: MergeData) => {
  const p = firstOf(d, SENDERS);
  return p
    ? addressBlock(p)
    : lines(d.organisasjon.navn, d.enhet.navn, d.brevhode.postadresse, line(d.brevhode.postnummer, d.brevhode.poststed));
};

/**
 * Every merge field a template may use, with its meaning: the system
 * owner's list (GET /api/maler/flettefelt) and the merge read the same
 * table, so the list cannot promise a field the merge does not fill.
 */
export const MERGE_FIELDS: readonly MergeField[] = [
  field('organisasjon.navn', 'Organisasjonens navn (brevhode)', "The organisation's name (letterhead)", (d) => d.organisasjon.navn),
  field(
    'organisasjon.organisasjonsnummer',
    'Organisasjonsnummer, gruppert (964 947 260)',
    'Organisation number, grouped (964 947 260)',
    (d) => groupedOrgnr(d.organisasjon.organisasjonsnummer),
  ),
  letterhead('postadresse', 'postadresse', 'postal address'),
  letterhead('postnummer', 'postnummer', 'post code'),
  letterhead('poststed', 'poststed', 'post town'),
  field('organisasjon.adresse', 'Organisasjonens adresse på én linje', "The organisation's address on one line", orgAdresse),
  letterhead('telefon', 'sentralbord', 'switchboard'),
  letterhead('epost', 'postmottak (e-post)', 'mail address (e-mail)'),
  letterhead('nettside', 'nettside', 'web site'),
  field('enhet.navn', 'Journalpostens administrative enhet', "The record's administrative unit", (d) => d.enhet.navn),
  field('saksbehandler.navn', 'Saksbehandlerens navn', "The case worker's name", (d) => d.saksbehandler.navn),
  field('saksbehandler.epost', 'Saksbehandlerens e-postadresse', "The case worker's e-mail address", (d) => d.saksbehandler.epost ?? ''),
  field('sak.saksnummer', 'Saksnummer (2026/123)', 'Case number (2026/123)', sakensnummer),
  field('sak.tittel', 'Sakens tittel', "The case's title", (d) => d.saksmappe.tittel),
  field(
    'sak.offentligTittel',
    'Sakens offentlige tittel (tittelen når den ikke er skjermet)',
    "The case's public title (the title when nothing is screened)",
    (d) => d.saksmappe.offentligTittel ?? d.saksmappe.tittel,
  ),
  field('sak.arkivkode', 'Sakens primærklasse (arkivkode)', "The case's primary class (filing code)", (d) => d.saksmappe.klasse ?? ''),
  field('sak.saksansvarlig', 'Saksansvarliges navn', 'Name of the person responsible for the case', (d) => d.saksansvarlig.navn),
  field(
    'journalpost.referanse',
    '«Vår referanse»: saksnummer og journalpostnummer (2026/123-4)',
    '«Our reference»: case and record number (2026/123-4)',
    referanse,
  ),
  field(
    'journalpost.loepenummer',
    'Journalens løpenummer (25367/2026); tomt for arkivnotat',
    'Journal running number (25367/2026); empty for an archive note',
    loepenummer,
  ),
  field('journalpost.tittel', 'Journalpostens (dokumentets) tittel', "The record's (document's) title", (d) => d.journalpost.tittel),
  field(
    'journalpost.offentligTittel',
    'Journalpostens offentlige tittel (tittelen når den ikke er skjermet)',
    "The record's public title (the title when nothing is screened)",
    (d) => d.journalpost.offentligTittel ?? d.journalpost.tittel,
  ),
  field('journalpost.dato', 'Journaldato (dd.mm.åååå)', 'Journal date (dd.mm.yyyy)', (d) => norwegianDate(d.journalpost.journaldato)),
  field(
    'journalpost.dokumentetsDato',
    'Dokumentets dato; journaldatoen når den mangler',
    "The document's date; the journal date when it has none",
    (d) => norwegianDate(d.journalpost.dokumentetsDato ?? d.journalpost.journaldato),
  ),
  field('journalpost.forfallsdato', 'Svarfrist (forfallsdato)', 'Answer due (due date)', (d) => norwegianDate(d.journalpost.forfallsdato)),
  field(
    'journalpost.skjerming',
    '«Unntatt offentlighet» med hjemmel når journalposten er skjermet, ellers tomt',
    '«Unntatt offentlighet» (exempt from public access) with the legal basis when the record is screened, else empty',
    (d) => (d.journalpost.tilgangskode ? line('Unntatt offentlighet', d.journalpost.skjermingshjemmel) : ''),
  ),
  recipient('navn', 'navn', 'name', (p) => p.navn),
  recipient('kontaktperson', 'kontaktperson', 'contact person', (p) => p.kontaktperson),
  recipient('postadresse', 'postadresse', 'postal address', (p) => p.postadresse),
  recipient('postnummer', 'postnummer', 'post code', (p) => p.postnummer),
  recipient('poststed', 'poststed', 'post town', (p) => p.poststed),
  recipient('land', 'land', 'country', (p) => p.land),
  recipient('epost', 'e-postadresse', 'e-mail address', (p) => p.epostadresse),
  recipient('adresseblokk', 'navn og hele adressen, én linje hver', 'name and the whole address, one line each', addressBlock),
  field('mottakere.navn', 'Alle mottakere, én per linje (partsbrev)', 'Every recipient, one a line (letters to the parties)', (d) =>
    allOf(d, RECIPIENTS)
      .map((p) => p.navn)
      .join('\n'),
  ),
  field('kopimottakere.navn', 'Kopimottakere, én per linje', 'Copy recipients, one a line', (d) =>
    allOf(d, COPIES)
      .map((p) => p.navn)
      .join('\n'),
  ),
  field(
    'avsender.navn',
    'Avsender: navn; for eget brev saksbehandleren',
    'Sender: name; for our own letter the case worker',
    (d) => firstOf(d, SENDERS)?.navn ?? d.saksbehandler.navn,
  ),
  field(
    'avsender.adresseblokk',
    'Avsender: navn og hele adressen; for eget brev enheten og organisasjonens adresse',
    "Sender: name and the whole address; for our own letter the unit and the organisation's address",
    avsenderBlokk,
  ),
  field('dato.idag', 'Dagens dato (dd.mm.åååå)', "Today's date (dd.mm.yyyy)", (d) => norwegianDate(d.idag)),
];

export const MERGE_FIELD_NAMES: ReadonlySet<string> = new Set(MERGE_FIELDS.map((f) => f.navn));

/** Each field's value for this record. */
export function mergeValues(data: MergeData): Map<string, string> {
  return new Map(MERGE_FIELDS.map((f) => [f.navn, f.value(data)]));
}
