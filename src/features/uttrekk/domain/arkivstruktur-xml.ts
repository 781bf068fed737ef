import { dateTime, el, NAMES, nameOf, opt, skjermingXml, who } from './noark-text.js';
import type {
  ArkivdelRow,
  ArkivRow,
  AvskrivningRow,
  DokumentobjektRow,
  DokumentRow,
  KlasseRow,
  KlassifikasjonssystemRow,
  KorrespondansepartRow,
  MerknadRow,
  PartRow,
  RegistreringRow,
  SaksmappeRow,
} from './rows.js';
import { DOKUMENTMEDIUM } from '../../noark/domain/index.js';

/*
 * Noark 5 v5.0 arkivstruktur.xml (n5-v5.0/arkivstruktur.xsd), written as
 * text an object at a time so the export streams: each container is an
 * opening piece (its own fields) and a closing tag, and what sits inside is
 * written between them by the caller. Element order is the schema's
 * xs:sequence.
 */

export const ARKIVSTRUKTUR_NS = 'http://www.arkivverket.no/standarder/noark5/arkivstruktur';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface Arkivskaper {
  organisasjonsnummer: string;
  navn: string;
}

/** Who closed what (avsluttetDato/avsluttetAv are required on arkiv, arkivdel and mappe). */
export interface Avsluttet {
  dato: Date;
  av: string | null;
}

const avsluttet = (a: Avsluttet) => el('avsluttetDato', dateTime(a.dato)) + el('avsluttetAv', who(a.av));
const opprettet = (r: { opprettet_dato: Date; opprettet_av_navn: string | null }) =>
  el('opprettetDato', dateTime(r.opprettet_dato)) + el('opprettetAv', who(r.opprettet_av_navn));

export function arkivOpen(a: ArkivRow, slutt: Avsluttet, skaper: Arkivskaper): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<arkiv xmlns="${ARKIVSTRUKTUR_NS}" xmlns:xsi="${XSI}">` +
    el('systemID', a.id) +
    el('tittel', a.tittel) +
    opt('beskrivelse', a.beskrivelse) +
    opt('arkivstatus', a.arkivstatus) +
    opprettet(a) +
    avsluttet(slutt) +
    `<arkivskaper>${el('arkivskaperID', skaper.organisasjonsnummer)}${el('arkivskaperNavn', skaper.navn)}</arkivskaper>\n`
  );
}
export const ARKIV_CLOSE = '</arkiv>\n';

export function arkivdelOpen(d: ArkivdelRow, slutt: Avsluttet): string {
  return (
    '<arkivdel>' +
    el('systemID', d.id) +
    el('tittel', d.tittel) +
    opt('beskrivelse', d.beskrivelse) +
    el('arkivdelstatus', NAMES.arkivdelstatus(d.arkivdelstatus)) +
    opt('oppbevaringssted', d.oppbevaringssted) +
    opprettet(d) +
    avsluttet(slutt) +
    opt('arkivperiodeStartDato', d.arkivperiode_start_dato) +
    opt('arkivperiodeSluttDato', d.arkivperiode_slutt_dato) +
    opt('referanseForloeper', d.referanse_forloeper) +
    opt('referanseArvtaker', d.referanse_arvtaker) +
    '\n'
  );
}
export const ARKIVDEL_CLOSE = '</arkivdel>\n';

export function klassifikasjonssystemOpen(k: KlassifikasjonssystemRow): string {
  return (
    '<klassifikasjonssystem>' +
    el('systemID', k.id) +
    opt('klassifikasjonstype', k.klassifikasjonstype) +
    el('tittel', k.tittel) +
    opt('beskrivelse', k.beskrivelse) +
    opprettet(k) +
    opt('avsluttetDato', k.avsluttet_dato ? dateTime(k.avsluttet_dato) : null) +
    '\n'
  );
}
export const KLASSIFIKASJONSSYSTEM_CLOSE = '</klassifikasjonssystem>\n';

/** A class as written: a row of the class table, or a value class (fødselsnummer) made for the extraction. */
export type KlasseOut = Pick<
  KlasseRow,
  'id' | 'klasse_id' | 'tittel' | 'beskrivelse' | 'opprettet_dato' | 'opprettet_av_navn' | 'avsluttet_dato'
>;

export function klasseOpen(k: KlasseOut): string {
  return (
    '<klasse>' +
    el('systemID', k.id) +
    el('klasseID', k.klasse_id) +
    el('tittel', k.tittel) +
    opt('beskrivelse', k.beskrivelse) +
    opprettet(k) +
    opt('avsluttetDato', k.avsluttet_dato ? dateTime(k.avsluttet_dato) : null) +
    '\n'
  );
}
export const KLASSE_CLOSE = '</klasse>\n';

function adresse(p: Omit<PartRow, 'saksmappe_id' | 'part_id' | 'part_navn' | 'part_rolle'>): string {
  return (
    opt('postadresse', p.postadresse) +
    opt('postnummer', p.postnummer) +
    opt('poststed', p.poststed) +
    opt('land', p.land) +
    opt('epostadresse', p.epostadresse) +
    opt('telefonnummer', p.telefonnummer) +
    opt('kontaktperson', p.kontaktperson)
  );
}

const partXml = (p: PartRow) =>
  `<part>${opt('partID', p.part_id)}${el('partNavn', p.part_navn)}${el('partRolle', p.part_rolle)}${adresse(p)}</part>`;

const merknadXml = (m: MerknadRow) =>
  '<merknad>' +
  el('merknadstekst', m.merknadstekst) +
  opt('merknadstype', m.merknadstype) +
  el('merknadsdato', dateTime(m.merknadsdato)) +
  el('merknadRegistrertAv', who(m.registrert_av_navn)) +
  '</merknad>';

/** What belongs to a case besides its records. */
export interface SaksmappeExtra {
  parter: readonly PartRow[];
  merknader: readonly MerknadRow[];
}

export function saksmappeOpen(s: SaksmappeRow, slutt: Avsluttet, extra: SaksmappeExtra): string {
  return (
    '<mappe xsi:type="saksmappe">' +
    el('systemID', s.id) +
    el('mappeID', `${s.saksaar}/${s.sakssekvensnummer}`) +
    el('tittel', s.tittel) +
    opt('offentligTittel', s.offentlig_tittel) +
    opt('beskrivelse', s.beskrivelse) +
    opprettet(s) +
    avsluttet(slutt) +
    extra.parter.map(partXml).join('') +
    extra.merknader.map(merknadXml).join('') +
    skjermingXml(s, 'mappe') +
    '\n'
  );
}

/** The saksmappe's own fields come after its records (the extension's sequence follows the base's). */
export function saksmappeClose(s: SaksmappeRow): string {
  return (
    el('saksaar', s.saksaar) +
    el('sakssekvensnummer', s.sakssekvensnummer) +
    el('saksdato', s.saksdato) +
    el('administrativEnhet', who(s.administrativ_enhet)) +
    el('saksansvarlig', who(s.saksansvarlig)) +
    opt('journalenhet', s.journalenhet) +
    el('saksstatus', NAMES.saksstatus(s.saksstatus)) +
    '</mappe>\n'
  );
}

/** A file object as it sits in the package: its path there. */
export interface DokumentobjektOut {
  objekt: DokumentobjektRow;
  referanseDokumentfil: string;
}

export interface DokumentOut {
  dokument: DokumentRow;
  merknader: readonly MerknadRow[];
  objekter: readonly DokumentobjektOut[];
}

function dokumentobjektXml({ objekt: o, referanseDokumentfil }: DokumentobjektOut): string {
  return (
    '<dokumentobjekt>' +
    el('systemID', o.id) +
    el('versjonsnummer', o.versjonsnummer) +
    el('variantformat', NAMES.variantformat(o.variantformat)) +
    el('format', o.format) +
    opt('formatDetaljer', o.format_detaljer) +
    opprettet(o) +
    el('referanseDokumentfil', referanseDokumentfil) +
    el('sjekksum', o.sjekksum) +
    el('sjekksumAlgoritme', o.sjekksum_algoritme) +
    el('filstoerrelse', o.filstoerrelse) +
    konverteringXml(o) +
    '</dokumentobjekt>'
  );
}

/** Krav 6.4.42: the conversion that made an archival variant, by whom and when the object was made. */
function konverteringXml(o: DokumentobjektRow): string {
  if (!o.konvertert_fra_format) return '';
  return (
    '<konvertering>' +
    el('konvertertDato', dateTime(o.opprettet_dato)) +
    el('konvertertAv', who(o.opprettet_av_navn)) +
    el('konvertertFraFormat', o.konvertert_fra_format) +
    el('konvertertTilFormat', o.format) +
    opt('konverteringsverktoey', o.konverteringsverktoey) +
    '</konvertering>'
  );
}

function dokumentbeskrivelseXml({ dokument: d, merknader, objekter }: DokumentOut): string {
  return (
    '<dokumentbeskrivelse>' +
    el('systemID', d.id) +
    el('dokumenttype', NAMES.dokumenttype(d.dokumenttype)) +
    el('dokumentstatus', NAMES.dokumentstatus(d.dokumentstatus)) +
    el('tittel', d.tittel) +
    opt('beskrivelse', d.beskrivelse) +
    opt('forfatter', d.forfatter) +
    opprettet(d) +
    el('tilknyttetRegistreringSom', NAMES.tilknyttetRegistreringSom(d.tilknyttet_registrering_som)) +
    el('dokumentnummer', d.dokumentnummer) +
    el('tilknyttetDato', dateTime(d.tilknyttet_dato)) +
    el('tilknyttetAv', who(d.tilknyttet_av_navn)) +
    merknader.map(merknadXml).join('') +
    skjermingXml(d, 'dokumentbeskrivelse') +
    objekter.map(dokumentobjektXml).join('') +
    '</dokumentbeskrivelse>'
  );
}

function korrespondansepartXml(k: KorrespondansepartRow): string {
  return (
    '<korrespondansepart>' +
    el('korrespondanseparttype', NAMES.korrespondanseparttype(k.korrespondanseparttype)) +
    el('korrespondansepartNavn', k.navn) +
    adresse(k) +
    opt('administrativEnhet', k.administrativ_enhet) +
    opt('saksbehandler', k.saksbehandler) +
    '</korrespondansepart>'
  );
}

const avskrivningXml = (a: AvskrivningRow) =>
  '<avskrivning>' +
  el('avskrivningsdato', a.avskrivningsdato) +
  el('avskrevetAv', who(a.avskrevet_av_navn)) +
  el('avskrivningsmaate', NAMES.avskrivningsmaate(a.avskrivningsmaate)) +
  opt('referanseAvskrivesAvJournalpost', a.referanse_avskrives_av_journalpost) +
  '</avskrivning>';

/** A record with what hangs on it. */
export interface RegistreringOut {
  registrering: RegistreringRow;
  dokumenter: readonly DokumentOut[];
  merknader: readonly MerknadRow[];
  korrespondanseparter: readonly KorrespondansepartRow[];
  avskrivninger: readonly AvskrivningRow[];
}

/** The number of the record within its case, as registreringsID: «2024/12-3». */
export const registreringsId = (r: Pick<RegistreringRow, 'saksaar' | 'sakssekvensnummer' | 'journalpostnummer'>) =>
  `${r.saksaar}/${r.sakssekvensnummer}-${r.journalpostnummer}`;

export function registreringXml(out: RegistreringOut): string {
  const r = out.registrering;
  const journalpost = r.registreringstype === 'journalpost';
  const base =
    `<registrering xsi:type="${journalpost ? 'journalpost' : 'arkivnotat'}">` +
    el('systemID', r.id) +
    opprettet(r) +
    el('arkivertDato', dateTime(r.arkivert_dato ?? r.opprettet_dato)) +
    el('arkivertAv', who(r.arkivert_av_navn ?? r.opprettet_av_navn)) +
    skjermingXml(r, 'registrering') +
    out.dokumenter.map(dokumentbeskrivelseXml).join('') +
    el('registreringsID', registreringsId(r)) +
    el('tittel', r.tittel) +
    opt('offentligTittel', r.offentlig_tittel) +
    opt('beskrivelse', r.beskrivelse) +
    opt('dokumentmedium', r.dokumentmedium ? nameOf(DOKUMENTMEDIUM, r.dokumentmedium) : null) +
    out.merknader.map(merknadXml).join('') +
    out.korrespondanseparter.map(korrespondansepartXml).join('');
  const dates =
    opt('dokumentetsDato', r.dokumentets_dato) +
    opt('mottattDato', r.mottatt_dato ? dateTime(r.mottatt_dato) : null) +
    opt('sendtDato', r.sendt_dato ? dateTime(r.sendt_dato) : null) +
    opt('forfallsdato', r.forfallsdato) +
    opt('offentlighetsvurdertDato', r.offentlighetsvurdert_dato) +
    opt('antallVedlegg', r.antall_vedlegg);
  if (!journalpost) return `${base}${dates}</registrering>\n`;
  return (
    base +
    el('journalaar', r.journalaar ?? r.saksaar) +
    el('journalsekvensnummer', r.journalsekvensnummer ?? 0) +
    el('journalpostnummer', r.journalpostnummer) +
    el('journalposttype', NAMES.journalposttype(r.journalposttype)) +
    el('journalstatus', NAMES.journalstatus(r.journalstatus)) +
    el('journaldato', r.journaldato) +
    dates +
    opt('journalenhet', r.journalenhet) +
    out.avskrivninger.map(avskrivningXml).join('') +
    '</registrering>\n'
  );
}
