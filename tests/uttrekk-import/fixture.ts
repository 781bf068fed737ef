import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * Hand-made extraction packages with the oddities of other vendors'
 * extractions: fields left out, v4.0 names (sakspart, basisregistrering),
 * code names instead of codes, documents in TIFF, a systemID that is no UUID.
 */

type Child = string | null | undefined | false;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** An element with text or children; null/undefined/false children are left out (missing optional fields). */
export const el = (name: string, content: Child | Child[], attrs = ''): string => {
  if (content === null || content === undefined || content === false) return '';
  const inner = Array.isArray(content) ? content.filter(Boolean).join('') : esc(content);
  return `<${name}${attrs ? ` ${attrs}` : ''}>${inner}</${name}>`;
};

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface FixtureDocument {
  file: string;
  content: string | Buffer;
  format?: string;
  /** A checksum to write instead of the file's own (a mismatch). */
  wrongChecksum?: boolean;
  /** The konvertering that made the file: from format and tool. */
  konvertering?: { fra: string; verktoey: string };
}

export interface FixtureRecord {
  systemId?: string;
  journalaar?: number;
  journalsekvensnummer?: number;
  journalpostnummer?: number;
  type?: 'journalpost' | 'arkivnotat' | 'basisregistrering';
  tittel: string;
  journalposttype?: string;
  journalstatus?: string;
  journaldato?: string;
  korrespondansepart?: string;
  merknad?: string;
  documents?: FixtureDocument[];
}

export interface FixtureCase {
  systemId?: string;
  saksaar: number;
  sakssekvensnummer: number;
  tittel: string;
  saksstatus?: string;
  saksdato?: string;
  part?: string;
  merknad?: string;
  skjermet?: boolean;
  records: FixtureRecord[];
}

export interface FixturePackage {
  version?: '5.0' | '4.0';
  arkivSystemId?: string;
  arkivdelSystemId?: string;
  cases: FixtureCase[];
  /** Change-log entries: the systemID they name and the field. */
  endringer?: { ref: string; felt: string; tidligere: string; ny: string }[];
  withAddml?: boolean;
  /** Replaces arkivstruktur.xml's text (the hostile cases). */
  rawArkivstruktur?: string | Buffer;
}

const NS = 'xmlns="http://www.arkivverket.no/standarder/noark5/arkivstruktur" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

function record(r: FixtureRecord, v4: boolean, docs: (FixtureDocument & { ref: string })[]): string {
  const type = r.type ?? 'journalpost';
  const journal = type === 'journalpost';
  const dokumenter = (r.documents ?? []).map((d, i) => {
    const ref = `dokumenter/${d.file}`;
    docs.push({ ...d, ref });
    const checksum = d.wrongChecksum ? 'f'.repeat(64) : sha256(d.content);
    return el('dokumentbeskrivelse', [
      el('systemID', randomUUID()),
      el('dokumenttype', 'Brev'),
      el('dokumentstatus', 'Dokumentet er ferdigstilt'),
      el('tittel', `${r.tittel} – dokument ${i + 1}`),
      el('tilknyttetRegistreringSom', i === 0 ? 'Hoveddokument' : 'Vedlegg'),
      el('dokumentnummer', String(i + 1)),
      el('dokumentobjekt', [
        el('versjonsnummer', '1'),
        el('variantformat', 'Arkivformat'),
        el('format', d.format ?? null),
        el('referanseDokumentfil', ref),
        el('sjekksum', checksum),
        el('sjekksumAlgoritme', 'SHA256'),
        el('filstoerrelse', String(Buffer.byteLength(d.content))),
        d.konvertering
          ? el('konvertering', [
              el('konvertertDato', '2019-02-04T10:00:00+01:00'),
              el('konvertertAv', 'Arkivet'),
              el('konvertertFraFormat', d.konvertering.fra),
              el('konvertertTilFormat', d.format ?? 'PDF/A'),
              el('konverteringsverktoey', d.konvertering.verktoey),
            ])
          : null,
      ]),
    ]);
  });
  return el(
    'registrering',
    [
      el('systemID', r.systemId ?? randomUUID()),
      el('opprettetDato', `${r.journaldato ?? '2019-03-01'}T10:00:00+01:00`),
      ...dokumenter,
      el('tittel', r.tittel),
      r.merknad ? el('merknad', [el('merknadstekst', r.merknad), el('merknadsdato', '2019-03-02T09:00:00+01:00')]) : null,
      r.korrespondansepart
        ? el('korrespondansepart', [el('korrespondanseparttype', 'Avsender'), el('korrespondansepartNavn', r.korrespondansepart)])
        : null,
      journal && r.journalaar !== undefined ? el('journalaar', String(r.journalaar)) : null,
      journal && r.journalsekvensnummer !== undefined ? el('journalsekvensnummer', String(r.journalsekvensnummer)) : null,
      journal && r.journalpostnummer !== undefined ? el('journalpostnummer', String(r.journalpostnummer)) : null,
      journal ? el('journalposttype', r.journalposttype ?? 'Inngående dokument') : null,
      journal ? el('journalstatus', r.journalstatus ?? 'Arkivert') : null,
      journal ? el('journaldato', r.journaldato ?? '2019-03-01') : null,
    ],
    `xsi:type="${type === 'basisregistrering' && !v4 ? 'registrering' : type}"`,
  );
}

function mappe(c: FixtureCase, v4: boolean, docs: (FixtureDocument & { ref: string })[]): string {
  const part = c.part
    ? v4
      ? el('sakspart', [el('sakspartNavn', c.part), el('sakspartRolle', 'Søker')])
      : el('part', [el('partNavn', c.part), el('partRolle', 'Søker')])
    : null;
  return el(
    'mappe',
    [
      el('systemID', c.systemId ?? randomUUID()),
      el('mappeID', `${c.saksaar}/${c.sakssekvensnummer}`),
      el('tittel', c.tittel),
      el('opprettetDato', `${c.saksdato ?? '2019-02-01'}T08:00:00+01:00`),
      el('avsluttetDato', '2019-12-01T08:00:00+01:00'),
      part,
      c.merknad ? el('merknad', [el('merknadstekst', c.merknad), el('merknadstype', 'Merknad')]) : null,
      c.skjermet ? el('skjerming', [el('tilgangsrestriksjon', 'P'), el('skjermingshjemmel', 'Offl. § 13')]) : null,
      ...c.records.map((r) => record(r, v4, docs)),
      el('saksaar', String(c.saksaar)),
      el('sakssekvensnummer', String(c.sakssekvensnummer)),
      el('saksdato', c.saksdato ?? null),
      el('administrativEnhet', 'Teknisk etat'),
      el('saksansvarlig', 'Kari Saksbehandler'),
      el('saksstatus', c.saksstatus ?? 'Avsluttet'),
    ],
    'xsi:type="saksmappe"',
  );
}

export function arkivstrukturXml(p: FixturePackage, docs: (FixtureDocument & { ref: string })[] = []): string {
  const v4 = p.version === '4.0';
  const arkivdel = el('arkivdel', [
    el('systemID', p.arkivdelSystemId ?? randomUUID()),
    el('tittel', 'Sakarkiv 2015–2019'),
    el('arkivdelstatus', 'Avsluttet periode'),
    el('arkivperiodeStartDato', '2015-01-01'),
    el('arkivperiodeSluttDato', '2019-12-31'),
    el('klassifikasjonssystem', [
      el('systemID', 'KS-1'),
      el('klassifikasjonstype', 'Funksjonsbasert, hierarkisk'),
      el('tittel', 'Arkivnøkkel'),
      el('klasse', [el('systemID', 'K-1'), el('klasseID', '614'), el('tittel', 'Byggesaker'), ...p.cases.map((c) => mappe(c, v4, docs))]),
    ]),
  ]);
  const arkiv = el('arkiv', [
    el('systemID', p.arkivSystemId ?? randomUUID()),
    el('tittel', 'Gamle Grue kommune'),
    el('arkivstatus', 'Avsluttet'),
    arkivdel,
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<arkivstruktur ${NS}>${arkiv}</arkivstruktur>\n`;
}

function endringsloggXml(p: FixturePackage): string {
  const entries = (p.endringer ?? []).map((e) =>
    el('endring', [
      el('referanseArkivenhet', e.ref),
      el('referanseMetadata', e.felt),
      el('endretDato', '2019-05-05T12:00:00+02:00'),
      el('endretAv', 'Ola Arkivar'),
      el('tidligereVerdi', e.tidligere),
      el('nyVerdi', e.ny),
    ]),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<endringslogg xmlns="http://www.arkivverket.no/standarder/noark5/endringslogg">${entries.join('')}</endringslogg>\n`;
}

/** ADDML as the example package writes it: a property's value, then its sub-properties in <properties>. */
function addmlXml(version: string, files: Record<string, string>): string {
  const prop = (name: string, value: string | null, children: string[] = []) =>
    `<property name="${name}">${value === null ? '' : `<value>${value}</value>`}${children.length ? `<properties>${children.join('')}</properties>` : ''}</property>`;
  const fileObjects = Object.entries(files).map(
    ([name, checksum]) =>
      `<dataObject name="${name.replace('.xml', '')}"><properties>${prop('file', null, [prop('name', name), prop('checksum', null, [prop('algorithm', 'SHA-256'), prop('value', checksum)])])}</properties></dataObject>`,
  );
  const info = prop('info', null, [prop('type', 'Noark 5', [prop('version', version)])]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<addml xmlns="http://www.arkivverket.no/standarder/addml"><dataset><dataObjects><dataObject name="Noark 5-arkivuttrekk"><properties>${info}</properties><dataObjects>${fileObjects.join('')}</dataObjects></dataObject></dataObjects></dataset></addml>\n`;
}

/** Writes the package into a new temporary directory; its path. */
export function writePackage(p: FixturePackage): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uttrekk-import-'));
  const docs: (FixtureDocument & { ref: string })[] = [];
  const structure = p.rawArkivstruktur ?? arkivstrukturXml(p, docs);
  fs.writeFileSync(path.join(dir, 'arkivstruktur.xml'), structure);
  fs.writeFileSync(path.join(dir, 'endringslogg.xml'), endringsloggXml(p));
  fs.mkdirSync(path.join(dir, 'dokumenter'));
  for (const d of docs) fs.writeFileSync(path.join(dir, d.ref), d.content);
  if (p.withAddml !== false) {
    const files = Object.fromEntries(['arkivstruktur.xml', 'endringslogg.xml'].map((f) => [f, sha256(fs.readFileSync(path.join(dir, f)))]));
    fs.writeFileSync(path.join(dir, 'arkivuttrekk.xml'), addmlXml(p.version ?? '5.0', files));
  }
  return dir;
}

/** A TIFF file's first bytes (little-endian header), enough to be a TIFF by its magic number. */
export const TIFF = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
export const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
