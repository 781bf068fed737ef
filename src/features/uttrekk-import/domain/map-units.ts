import type { CodeEntry } from '../../noark/domain/code-list.js';
import {
  DOKUMENTSTATUS,
  JOURNALPOSTTYPE,
  JOURNALSTATUS,
  KORRESPONDANSEPARTTYPE,
  SAKSSTATUS,
  TILKNYTTET_REGISTRERING_SOM,
  VARIANTFORMAT,
} from '../../noark/domain/code-lists.js';
import { DOKUMENTMEDIUM, DOKUMENTTYPE, SKJERMING_METADATA } from '../../noark/domain/code-lists-archive.js';
import { child, childrenNamed, field, xsiType, type XNode } from '../xml/xml-units.js';

/**
 * Pure mapping of an extraction's elements (Noark 5 v5.0 and v4.0 names) to
 * what we store. Whatever does not fit is named in `Unmapped` (counted in the
 * report), never silently dropped.
 */
export type Unmapped = (what: string) => void;

/** A code as the extraction writes it (the code list's name, or the code itself) to our code. */
export function codeOf(list: readonly CodeEntry[], value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim().toLowerCase();
  return list.find((e) => e.code.toLowerCase() === v || e.nb.toLowerCase() === v)?.code ?? null;
}

const dateOnly = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
const int = (value: string | null) => (value !== null && /^-?\d{1,9}$/.test(value) ? Number(value) : null);

function coded(list: readonly CodeEntry[], value: string | null, fallback: string, what: string, unmapped: Unmapped): string {
  const code = codeOf(list, value);
  if (code !== null) return code;
  if (value !== null) unmapped(`${what}: ukjent kode «${value}»`);
  return fallback;
}

/**
 * Who the old system names on an object (its people and units): kept as
 * text on the imported object (uttrekk_import_objekt.opprinnelig), never
 * made into users of ours, and written again by the export.
 */
export const NAMED = [
  'opprettetAv',
  'avsluttetAv',
  'arkivertAv',
  'tilknyttetAv',
  'administrativEnhet',
  'saksansvarlig',
  'saksbehandler',
] as const;
export type NamedKey = (typeof NAMED)[number];
export type Named = Partial<Record<NamedKey, string>>;

export function namedOf(node: XNode): Named {
  const named: Named = {};
  for (const key of NAMED) {
    const value = field(node, key);
    if (value) named[key] = value;
  }
  return named;
}

/** An optional code: null when absent, and when unknown (reported). */
function optionalCode(list: readonly CodeEntry[], value: string | null, what: string, unmapped: Unmapped): string | null {
  const code = codeOf(list, value);
  if (code === null && value !== null) unmapped(`${what}: ukjent kode «${value}»`);
  return code;
}

/** A skjerming element; null when the element has none of its own (it then inherits its parent's, as in Noark 5). */
export interface Skjerming {
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  skjermingMetadata: string[];
  skjermingDokument: boolean;
  skjermingVarighet: number | null;
  skjermingOpphoerer: string | null;
}

function skjermingOf(node: XNode, unmapped: Unmapped): Skjerming | null {
  const s = child(node, 'skjerming');
  if (!s) return null;
  const metadata = childrenNamed(s, 'skjermingMetadata').flatMap((m) => {
    const code = codeOf(SKJERMING_METADATA, m.text);
    if (code === null) unmapped(`skjermingMetadata: ukjent kode «${m.text}»`);
    return code === null ? [] : [code];
  });
  return {
    tilgangskode: field(s, 'tilgangsrestriksjon'),
    skjermingshjemmel: field(s, 'skjermingshjemmel'),
    skjermingMetadata: metadata,
    skjermingDokument: field(s, 'skjermingDokument') !== null,
    skjermingVarighet: int(field(s, 'skjermingsvarighet')),
    skjermingOpphoerer: dateOnly(field(s, 'skjermingOpphoererDato')),
  };
}

export interface ImportedMerknad {
  merknadstekst: string;
  merknadstype: string | null;
  merknadsdato: string | null;
}

function merknaderOf(node: XNode): ImportedMerknad[] {
  return childrenNamed(node, 'merknad').flatMap((m) => {
    const merknadstekst = field(m, 'merknadstekst');
    return merknadstekst ? [{ merknadstekst, merknadstype: field(m, 'merknadstype'), merknadsdato: field(m, 'merknadsdato') }] : [];
  });
}

export interface ImportedPart {
  partId: string | null;
  partNavn: string;
  partRolle: string;
  postadresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  land: string | null;
  epostadresse: string | null;
  telefonnummer: string | null;
  kontaktperson: string | null;
}

const ADRESSE = (n: XNode) => ({
  postadresse:
    childrenNamed(n, 'postadresse')
      .map((a) => a.text)
      .filter(Boolean)
      .join('\n') || null,
  postnummer: field(n, 'postnummer'),
  poststed: field(n, 'poststed'),
  land: field(n, 'land'),
  epostadresse: field(n, 'epostadresse'),
  telefonnummer:
    childrenNamed(n, 'telefonnummer')
      .map((a) => a.text)
      .filter(Boolean)
      .join(', ') || null,
  kontaktperson: field(n, 'kontaktperson'),
});

function parterOf(node: XNode, unmapped: Unmapped): ImportedPart[] {
  // v4.0 calls the case party «sakspart» with sakspartNavn/sakspartRolle.
  return [...childrenNamed(node, 'part'), ...childrenNamed(node, 'sakspart')].flatMap((p) => {
    const partNavn = field(p, 'partNavn') ?? field(p, 'sakspartNavn');
    if (!partNavn) {
      unmapped('part uten navn');
      return [];
    }
    return [
      {
        partId: field(p, 'partID') ?? field(p, 'sakspartID'),
        partNavn,
        partRolle: field(p, 'partRolle') ?? field(p, 'sakspartRolle') ?? 'Part',
        ...ADRESSE(p),
      },
    ];
  });
}

export interface ImportedKorrespondansepart {
  korrespondanseparttype: string;
  navn: string;
  postadresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  land: string | null;
  epostadresse: string | null;
  telefonnummer: string | null;
  kontaktperson: string | null;
}

function korrespondanseparterOf(node: XNode, unmapped: Unmapped): ImportedKorrespondansepart[] {
  return childrenNamed(node, 'korrespondansepart').flatMap((k) => {
    const navn = field(k, 'korrespondansepartNavn');
    if (!navn) {
      unmapped('korrespondansepart uten navn');
      return [];
    }
    const type = coded(KORRESPONDANSEPARTTYPE, field(k, 'korrespondanseparttype'), 'EA', 'korrespondanseparttype', unmapped);
    return [{ korrespondanseparttype: type, navn, ...ADRESSE(k) }];
  });
}

export interface ImportedDokumentobjekt {
  systemId: string | null;
  versjonsnummer: number;
  variantformat: string;
  format: string;
  formatDetaljer: string | null;
  referanseDokumentfil: string;
  sjekksum: string | null;
  sjekksumAlgoritme: string | null;
  filstoerrelse: number | null;
  opprettetDato: string | null;
  named: Named;
  /** The first konvertering (Noark: 0–n): the format converted from and the tool; its date and actor are the object's. */
  konvertering: { fraFormat: string; verktoey: string | null } | null;
}

export interface ImportedDokument {
  systemId: string | null;
  dokumenttype: string;
  dokumentstatus: string;
  tittel: string;
  beskrivelse: string | null;
  forfatter: string | null;
  tilknyttetRegistreringSom: string;
  dokumentnummer: number | null;
  opprettetDato: string | null;
  tilknyttetDato: string | null;
  named: Named;
  skjerming: Skjerming | null;
  merknader: ImportedMerknad[];
  objekter: ImportedDokumentobjekt[];
}

function dokumentobjekterOf(node: XNode, unmapped: Unmapped): ImportedDokumentobjekt[] {
  return childrenNamed(node, 'dokumentobjekt').flatMap((o) => {
    const referanseDokumentfil = field(o, 'referanseDokumentfil');
    if (!referanseDokumentfil) {
      unmapped('dokumentobjekt uten referanseDokumentfil');
      return [];
    }
    const konverteringer = childrenNamed(o, 'konvertering');
    if (konverteringer.length > 1) unmapped('konvertering utover den første (dokumentobjekt)');
    const fraFormat = konverteringer[0] && field(konverteringer[0], 'konvertertFraFormat');
    return [
      {
        systemId: field(o, 'systemID'),
        versjonsnummer: int(field(o, 'versjonsnummer')) ?? 1,
        variantformat: coded(VARIANTFORMAT, field(o, 'variantformat'), 'A', 'variantformat', unmapped),
        format: field(o, 'format') ?? formatFromName(referanseDokumentfil),
        formatDetaljer: field(o, 'formatDetaljer'),
        referanseDokumentfil,
        sjekksum: field(o, 'sjekksum')?.toLowerCase() ?? null,
        sjekksumAlgoritme: field(o, 'sjekksumAlgoritme'),
        filstoerrelse: int(field(o, 'filstoerrelse')),
        opprettetDato: field(o, 'opprettetDato'),
        named: namedOf(o),
        konvertering: fraFormat ? { fraFormat, verktoey: field(konverteringer[0]!, 'konverteringsverktoey') } : null,
      },
    ];
  });
}

/** A format name from the file's extension, for packages that leave «format» out. */
export function formatFromName(name: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toUpperCase();
  return ext === 'TIF' ? 'TIFF' : (ext ?? 'ukjent');
}

function dokumenterOf(node: XNode, unmapped: Unmapped): ImportedDokument[] {
  return childrenNamed(node, 'dokumentbeskrivelse').map((d) => ({
    systemId: field(d, 'systemID'),
    dokumenttype: codeOf(DOKUMENTTYPE, field(d, 'dokumenttype')) ?? field(d, 'dokumenttype') ?? 'B',
    dokumentstatus: coded(DOKUMENTSTATUS, field(d, 'dokumentstatus'), 'F', 'dokumentstatus', unmapped),
    tittel: field(d, 'tittel') ?? '(uten tittel)',
    beskrivelse: field(d, 'beskrivelse'),
    forfatter:
      childrenNamed(d, 'forfatter')
        .map((f) => f.text)
        .filter(Boolean)
        .join(', ') || null,
    tilknyttetRegistreringSom: coded(
      TILKNYTTET_REGISTRERING_SOM,
      field(d, 'tilknyttetRegistreringSom'),
      'H',
      'tilknyttetRegistreringSom',
      unmapped,
    ),
    dokumentnummer: int(field(d, 'dokumentnummer')),
    opprettetDato: field(d, 'opprettetDato'),
    tilknyttetDato: field(d, 'tilknyttetDato'),
    named: namedOf(d),
    skjerming: skjermingOf(d, unmapped),
    merknader: merknaderOf(d),
    objekter: dokumentobjekterOf(d, unmapped),
  }));
}

export interface ImportedRegistrering {
  systemId: string | null;
  registreringstype: 'journalpost' | 'arkivnotat';
  journalaar: number | null;
  journalsekvensnummer: number | null;
  journalpostnummer: number | null;
  journalposttype: string;
  journalstatus: string;
  journaldato: string | null;
  tittel: string;
  offentligTittel: string | null;
  beskrivelse: string | null;
  dokumentetsDato: string | null;
  mottattDato: string | null;
  sendtDato: string | null;
  forfallsdato: string | null;
  offentlighetsvurdertDato: string | null;
  antallVedlegg: number | null;
  journalenhet: string | null;
  dokumentmedium: string | null;
  opprettetDato: string | null;
  arkivertDato: string | null;
  named: Named;
  skjerming: Skjerming | null;
  korrespondanseparter: ImportedKorrespondansepart[];
  merknader: ImportedMerknad[];
  dokumenter: ImportedDokument[];
}

export function mapRegistrering(node: XNode, unmapped: Unmapped): ImportedRegistrering {
  const type = xsiType(node);
  const arkivnotat = type === 'arkivnotat' || (type !== 'journalpost' && child(node, 'journalaar') === undefined);
  if (type !== null && !['journalpost', 'arkivnotat', 'registrering', 'basisregistrering'].includes(type))
    unmapped(`registreringstype ${type}`);
  for (const name of ['avskrivning', 'dokumentflyt', 'presedens', 'kryssreferanse', 'elektroniskSignatur']) {
    if (child(node, name)) unmapped(`${name} (registrering)`);
  }
  const journaldato = dateOnly(field(node, 'journaldato'));
  return {
    systemId: field(node, 'systemID'),
    registreringstype: arkivnotat ? 'arkivnotat' : 'journalpost',
    journalaar: arkivnotat ? null : int(field(node, 'journalaar')),
    journalsekvensnummer: arkivnotat ? null : int(field(node, 'journalsekvensnummer')),
    journalpostnummer: int(field(node, 'journalpostnummer')),
    journalposttype: coded(JOURNALPOSTTYPE, field(node, 'journalposttype'), 'X', 'journalposttype', unmapped),
    journalstatus: coded(JOURNALSTATUS, field(node, 'journalstatus'), 'A', 'journalstatus', unmapped),
    journaldato: journaldato ?? dateOnly(field(node, 'opprettetDato')),
    tittel: field(node, 'tittel') ?? '(uten tittel)',
    offentligTittel: field(node, 'offentligTittel'),
    beskrivelse: field(node, 'beskrivelse'),
    dokumentetsDato: dateOnly(field(node, 'dokumentetsDato')),
    mottattDato: field(node, 'mottattDato'),
    sendtDato: field(node, 'sendtDato'),
    forfallsdato: dateOnly(field(node, 'forfallsdato')),
    offentlighetsvurdertDato: dateOnly(field(node, 'offentlighetsvurdertDato')),
    antallVedlegg: int(field(node, 'antallVedlegg')),
    journalenhet: field(node, 'journalenhet'),
    dokumentmedium: optionalCode(DOKUMENTMEDIUM, field(node, 'dokumentmedium'), 'dokumentmedium', unmapped),
    opprettetDato: field(node, 'opprettetDato'),
    arkivertDato: field(node, 'arkivertDato'),
    named: namedOf(node),
    skjerming: skjermingOf(node, unmapped),
    korrespondanseparter: korrespondanseparterOf(node, unmapped),
    merknader: merknaderOf(node),
    dokumenter: dokumenterOf(node, unmapped),
  };
}

export interface ImportedSaksmappe {
  systemId: string | null;
  mappeId: string | null;
  saksaar: number;
  sakssekvensnummer: number;
  tittel: string;
  offentligTittel: string | null;
  beskrivelse: string | null;
  saksdato: string;
  named: Named;
  journalenhet: string | null;
  saksstatus: string;
  klasseId: string | null;
  opprettetDato: string | null;
  avsluttetDato: string | null;
  skjerming: Skjerming | null;
  parter: ImportedPart[];
  merknader: ImportedMerknad[];
  registreringer: ImportedRegistrering[];
}

/** The case number from mappeID «ÅÅÅÅ/NNN» when saksaar/sakssekvensnummer are missing (some vendors' plain mapper). */
function caseNumber(node: XNode): { saksaar: number; sakssekvensnummer: number } | null {
  const saksaar = int(field(node, 'saksaar'));
  const sakssekvensnummer = int(field(node, 'sakssekvensnummer'));
  if (saksaar !== null && sakssekvensnummer !== null) return { saksaar, sakssekvensnummer };
  const m = /^(\d{4})\/(\d{1,9})$/.exec(field(node, 'mappeID') ?? '');
  return m ? { saksaar: Number(m[1]), sakssekvensnummer: Number(m[2]) } : null;
}

/** A mappe (saksmappe, or a plain mappe that has a case number) with its records; null when it cannot be a case. */
export function mapSaksmappe(node: XNode, unmapped: Unmapped): ImportedSaksmappe | null {
  const number = caseNumber(node);
  if (!number) {
    unmapped('mappe uten saksnummer (saksaar/sakssekvensnummer)');
    return null;
  }
  if (childrenNamed(node, 'mappe').length > 0) unmapped('undermappe');
  for (const name of ['kryssreferanse', 'presedens', 'referanseSekundaerKlassifikasjon', 'virksomhetsspesifikkeMetadata']) {
    if (child(node, name)) unmapped(`${name} (mappe)`);
  }
  const saksdato = dateOnly(field(node, 'saksdato')) ?? dateOnly(field(node, 'opprettetDato')) ?? `${number.saksaar}-01-01`;
  return {
    systemId: field(node, 'systemID'),
    mappeId: field(node, 'mappeID'),
    ...number,
    tittel: field(node, 'tittel') ?? '(uten tittel)',
    offentligTittel: field(node, 'offentligTittel'),
    beskrivelse: field(node, 'beskrivelse'),
    saksdato,
    named: namedOf(node),
    journalenhet: field(node, 'journalenhet'),
    saksstatus: coded(SAKSSTATUS, field(node, 'saksstatus'), 'A', 'saksstatus', unmapped),
    klasseId: null,
    opprettetDato: field(node, 'opprettetDato'),
    avsluttetDato: field(node, 'avsluttetDato'),
    skjerming: skjermingOf(node, unmapped),
    parter: parterOf(node, unmapped),
    merknader: merknaderOf(node),
    registreringer: childrenNamed(node, 'registrering').map((r) => mapRegistrering(r, unmapped)),
  };
}
