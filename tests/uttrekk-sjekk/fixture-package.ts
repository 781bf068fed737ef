import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * A small, valid Noark 5 v5.0 extraction package written by hand (not by our
 * exporter), so the self-check is tested against what the standard says and
 * not against what we happen to write. Each broken package of the tests is
 * this one with one thing changed.
 */

export const XSD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/features/uttrekk/xsd');
const SCHEMAS = [
  'arkivstruktur.xsd',
  'metadatakatalog.xsd',
  'endringslogg.xsd',
  'loependeJournal.xsd',
  'offentligJournal.xsd',
  'addml.xsd',
];

export type XmlFile = 'arkivstruktur.xml' | 'endringslogg.xml' | 'loependeJournal.xml' | 'offentligJournal.xml';

export interface FixtureOptions {
  /** journalsekvensnummer of the three journal records (default 1, 2, 3). */
  journalNumbers?: [number, number, number];
  /** Put a case file directly in the class that also has a subclass. */
  classWithSubclassAndFolder?: boolean;
  /** Change an XML file's text before its checksum goes into arkivuttrekk.xml. */
  edit?: Partial<Record<XmlFile, (xml: string) => string>>;
}

/** Deterministic systemIDs: id(7) = 00000000-0000-4000-8000-000000000007. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const IDS = {
  arkiv: id(1),
  arkivdel: id(2),
  system: id(3),
  klasse100: id(10),
  klasse110: id(11),
  klasse200: id(20),
  mappe1: id(100),
  mappe2: id(101),
  mappe3: id(102),
  journalpost: [id(200), id(201), id(202)],
  dokumentbeskrivelse: [id(300), id(301), id(302)],
  dokumentobjekt: [id(400), id(401), id(402)],
};

export const DOCUMENT_FILES = ['dokumenter/1.pdf', 'dokumenter/2.pdf', 'dokumenter/3.pdf'];

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');
const pdf = (n: number) => Buffer.from(`%PDF-1.4\n% fixture document ${n}\n%%EOF\n`);

const roots: string[] = [];

/** Removes every package built so far (and the reports written beside them). */
export async function removePackages(): Promise<void> {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

/** Builds the package in a new temporary folder (as `uttrekk/` in it, so reports beside it stay in it too); its path. */
export async function buildPackage(options: FixtureOptions = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'uttrekk-sjekk-'));
  roots.push(root);
  const dir = path.join(root, 'uttrekk');
  await mkdir(path.join(dir, 'dokumenter'), { recursive: true });
  for (const schema of SCHEMAS) await copyFile(path.join(XSD_DIR, schema), path.join(dir, schema));
  const documents = DOCUMENT_FILES.map((_, i) => pdf(i + 1));
  for (const [i, name] of DOCUMENT_FILES.entries()) await writeFile(path.join(dir, name), documents[i]!);

  const numbers = options.journalNumbers ?? [1, 2, 3];
  const files: Record<XmlFile, string> = {
    'arkivstruktur.xml': arkivstruktur(numbers, documents, options),
    'endringslogg.xml': endringslogg(),
    'loependeJournal.xml': journal('loependeJournal', numbers),
    'offentligJournal.xml': journal('offentligJournal', numbers),
  };
  const checksums: Record<string, string> = {};
  for (const [name, xml] of Object.entries(files) as [XmlFile, string][]) {
    const text = options.edit?.[name]?.(xml) ?? xml;
    await writeFile(path.join(dir, name), text);
    checksums[name] = sha256(text);
  }
  for (const schema of SCHEMAS) checksums[schema] = sha256(await readFile(path.join(dir, schema)));
  await writeFile(path.join(dir, 'arkivuttrekk.xml'), addml(checksums, DOCUMENT_FILES.length));
  return dir;
}

function journalpost(i: number, year: number, seq: number, documents: Buffer[]): string {
  return `<registrering xsi:type="journalpost">
  <systemID>${IDS.journalpost[i]}</systemID>
  <opprettetDato>${year}-0${i + 1}-10T10:00:00+01:00</opprettetDato>
  <opprettetAv>saksbehandler</opprettetAv>
  <arkivertDato>${year}-0${i + 1}-11T10:00:00+01:00</arkivertDato>
  <arkivertAv>arkivar</arkivertAv>
  <dokumentbeskrivelse>
    <systemID>${IDS.dokumentbeskrivelse[i]}</systemID>
    <dokumenttype>Brev</dokumenttype>
    <dokumentstatus>Dokumentet er ferdigstilt</dokumentstatus>
    <tittel>Brev ${i + 1}</tittel>
    <opprettetDato>${year}-0${i + 1}-10T10:00:00+01:00</opprettetDato>
    <opprettetAv>saksbehandler</opprettetAv>
    <tilknyttetRegistreringSom>Hoveddokument</tilknyttetRegistreringSom>
    <dokumentnummer>1</dokumentnummer>
    <tilknyttetDato>${year}-0${i + 1}-10T10:00:00+01:00</tilknyttetDato>
    <tilknyttetAv>saksbehandler</tilknyttetAv>
    <dokumentobjekt>
      <systemID>${IDS.dokumentobjekt[i]}</systemID>
      <versjonsnummer>1</versjonsnummer>
      <variantformat>Arkivformat</variantformat>
      <format>fmt/95</format>
      <opprettetDato>${year}-0${i + 1}-10T10:00:00+01:00</opprettetDato>
      <opprettetAv>saksbehandler</opprettetAv>
      <referanseDokumentfil>${DOCUMENT_FILES[i]}</referanseDokumentfil>
      <sjekksum>${sha256(documents[i]!)}</sjekksum>
      <sjekksumAlgoritme>SHA-256</sjekksumAlgoritme>
      <filstoerrelse>${documents[i]!.length}</filstoerrelse>
    </dokumentobjekt>
  </dokumentbeskrivelse>
  <tittel>Søknad ${i + 1}</tittel>
  <korrespondansepart>
    <korrespondanseparttype>Avsender</korrespondanseparttype>
    <korrespondansepartNavn>Kari Nordmann</korrespondansepartNavn>
  </korrespondansepart>
  <journalaar>${year}</journalaar>
  <journalsekvensnummer>${seq}</journalsekvensnummer>
  <journalpostnummer>${i + 1}</journalpostnummer>
  <journalposttype>Inngående dokument</journalposttype>
  <journalstatus>Arkivert</journalstatus>
  <journaldato>${year}-0${i + 1}-10</journaldato>
</registrering>`;
}

interface CaseFile {
  systemID: string;
  seq: number;
  records: string;
  extra?: string;
}

function saksmappe({ systemID, seq, records, extra = '' }: CaseFile): string {
  return `<mappe xsi:type="saksmappe">
  <systemID>${systemID}</systemID>
  <mappeID>2024/${seq}</mappeID>
  <tittel>Sak ${seq}</tittel>
  <opprettetDato>2024-01-0${seq}T09:00:00+01:00</opprettetDato>
  <opprettetAv>saksbehandler</opprettetAv>
  <avsluttetDato>2024-12-0${seq}T09:00:00+01:00</avsluttetDato>
  <avsluttetAv>saksbehandler</avsluttetAv>
  ${records}
  <saksaar>2024</saksaar>
  <sakssekvensnummer>${seq}</sakssekvensnummer>
  <saksdato>2024-01-0${seq}</saksdato>
  <administrativEnhet>Teknisk</administrativEnhet>
  <saksansvarlig>saksbehandler</saksansvarlig>
  <saksstatus>Avsluttet</saksstatus>
  ${extra}
</mappe>`;
}

function klasse(systemID: string, klasseID: string, children: string): string {
  return `<klasse>
  <systemID>${systemID}</systemID>
  <klasseID>${klasseID}</klasseID>
  <tittel>Klasse ${klasseID}</tittel>
  <opprettetDato>2023-01-01T00:00:00+01:00</opprettetDato>
  <opprettetAv>arkivar</opprettetAv>
  ${children}
</klasse>`;
}

function arkivstruktur(numbers: number[], documents: Buffer[], options: FixtureOptions): string {
  const jp = (i: number) => journalpost(i, 2024, numbers[i]!, documents);
  const mappe1 = saksmappe({
    systemID: IDS.mappe1,
    seq: 1,
    records: jp(0) + jp(1),
    extra: `<referanseSekundaerKlassifikasjon>${IDS.klasse200}</referanseSekundaerKlassifikasjon>`,
  });
  const mappe2 = saksmappe({ systemID: IDS.mappe2, seq: 2, records: jp(2) });
  const stray = options.classWithSubclassAndFolder ? saksmappe({ systemID: IDS.mappe3, seq: 3, records: '' }) : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<arkiv xmlns="http://www.arkivverket.no/standarder/noark5/arkivstruktur" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.arkivverket.no/standarder/noark5/arkivstruktur arkivstruktur.xsd">
  <systemID>${IDS.arkiv}</systemID>
  <tittel>Testkommune</tittel>
  <opprettetDato>2023-01-01T00:00:00+01:00</opprettetDato>
  <opprettetAv>arkivar</opprettetAv>
  <avsluttetDato>2025-01-01T00:00:00+01:00</avsluttetDato>
  <avsluttetAv>arkivar</avsluttetAv>
  <arkivskaper>
    <arkivskaperID>964947260</arkivskaperID>
    <arkivskaperNavn>Testkommune</arkivskaperNavn>
  </arkivskaper>
  <arkivdel>
    <systemID>${IDS.arkivdel}</systemID>
    <tittel>Sakarkiv 2024</tittel>
    <arkivdelstatus>Avsluttet periode</arkivdelstatus>
    <opprettetDato>2023-01-01T00:00:00+01:00</opprettetDato>
    <opprettetAv>arkivar</opprettetAv>
    <avsluttetDato>2025-01-01T00:00:00+01:00</avsluttetDato>
    <avsluttetAv>arkivar</avsluttetAv>
    <arkivperiodeStartDato>2024-01-01</arkivperiodeStartDato>
    <arkivperiodeSluttDato>2024-12-31</arkivperiodeSluttDato>
    <klassifikasjonssystem>
      <systemID>${IDS.system}</systemID>
      <klassifikasjonstype>Funksjonsbasert, hierarkisk</klassifikasjonstype>
      <tittel>Arkivnøkkel</tittel>
      <opprettetDato>2023-01-01T00:00:00+01:00</opprettetDato>
      <opprettetAv>arkivar</opprettetAv>
      ${klasse(IDS.klasse100, '100', klasse(IDS.klasse110, '110', mappe1) + stray)}
      ${klasse(IDS.klasse200, '200', mappe2.replace('<avsluttetAv>saksbehandler</avsluttetAv>', `<avsluttetAv>saksbehandler</avsluttetAv>\n  <referanseArkivdel>${IDS.arkivdel}</referanseArkivdel>`))}
    </klassifikasjonssystem>
  </arkivdel>
</arkiv>
`;
}

function endringslogg(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<endringslogg xmlns="http://www.arkivverket.no/standarder/noark5/endringslogg">
  <endring>
    <referanseArkivenhet>${IDS.journalpost[0]}</referanseArkivenhet>
    <referanseMetadata>tittel</referanseMetadata>
    <endretDato>2024-01-12T10:00:00+01:00</endretDato>
    <endretAv>saksbehandler</endretAv>
    <tidligereVerdi>Soknad 1</tidligereVerdi>
    <nyVerdi>Søknad 1</nyVerdi>
  </endring>
</endringslogg>
`;
}

function journal(root: 'loependeJournal' | 'offentligJournal', numbers: number[]): string {
  const cases = [1, 1, 2];
  const registrations = numbers.map(
    (seq, i) => `  <journalregistrering>
    <saksmappe>
      <saksaar>2024</saksaar>
      <sakssekvensnummer>${cases[i]}</sakssekvensnummer>
      ${root === 'loependeJournal' ? `<tittel>Sak ${cases[i]}</tittel>` : ''}
    </saksmappe>
    <journalpost>
      <systemID>${IDS.journalpost[i]}</systemID>
      <journalaar>2024</journalaar>
      <journalsekvensnummer>${seq}</journalsekvensnummer>
      <journalpostnummer>${i + 1}</journalpostnummer>
      ${root === 'loependeJournal' ? `<tittel>Søknad ${i + 1}</tittel>` : ''}
      <journaldato>2024-0${i + 1}-10</journaldato>
      <korrespondansepart>
        <korrespondanseparttype>Avsender</korrespondanseparttype>
        <korrespondansepartNavn>Kari Nordmann</korrespondansepartNavn>
      </korrespondansepart>
    </journalpost>
  </journalregistrering>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<${root} xmlns="http://www.arkivverket.no/standarder/noark5/${root}">
  <journalhode>
    <journalStartDato>2024-01-01</journalStartDato>
    <journalSluttDato>2024-12-31</journalSluttDato>
    <antallJournalposter>${numbers.length}</antallJournalposter>
    <arkivskaper>
      <arkivskaperID>964947260</arkivskaperID>
      <arkivskaperNavn>Testkommune</arkivskaperNavn>
    </arkivskaper>
  </journalhode>
${registrations.join('\n')}
</${root}>
`;
}

function fileProperty(name: string, checksum: string): string {
  return `<property name="file"><properties>
  <property name="name"><value>${name}</value></property>
  <property name="format"><value>XML</value></property>
  <property name="checksum"><properties>
    <property name="algorithm"><value>SHA-256</value></property>
    <property name="value"><value>${checksum}</value></property>
  </properties></property>
</properties></property>`;
}

function dataObject(name: string, checksums: Record<string, string>, element: string, count: number): string {
  return `<dataObject name="${name}"><properties>
${fileProperty(`${name}.xml`, checksums[`${name}.xml`]!)}
<property name="schema"><value>main</value><properties>${fileProperty(`${name}.xsd`, checksums[`${name}.xsd`]!)}</properties></property>
<property name="schema"><properties>${fileProperty('metadatakatalog.xsd', checksums['metadatakatalog.xsd']!)}</properties></property>
<property name="info"><properties>
  <property name="numberOfOccurrences"><value>${element}</value><properties>
    <property name="elementPath"><value>//${element}</value></property>
    <property dataType="integer" name="value"><value>${count}</value></property>
  </properties></property>
</properties></property>
</properties></dataObject>`;
}

function addml(checksums: Record<string, string>, documentFiles: number): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<addml xmlns="http://www.arkivverket.no/standarder/addml" name="Noark 5-arkivuttrekk">
<dataset>
<description>Noark 5-arkivuttrekk</description>
<reference>
<context><additionalElements>
  <additionalElement name="recordCreators"><additionalElements>
    <additionalElement name="recordCreator"><value>Testkommune</value></additionalElement>
  </additionalElements></additionalElement>
  <additionalElement name="systemType"><value>Sakarkiv (Noark-5)</value></additionalElement>
  <additionalElement name="systemName"><value>Saksgang</value></additionalElement>
  <additionalElement name="archive"><value>Testkommune</value></additionalElement>
</additionalElements></context>
<content><additionalElements>
  <additionalElement name="archivalPeriod"><properties>
    <property name="startDate"><value>2024-01-01</value></property>
    <property name="endDate"><value>2024-12-31</value></property>
  </properties></additionalElement>
</additionalElements></content>
</reference>
<dataObjects><dataObject name="Noark 5-arkivuttrekk">
<properties><property name="info"><properties>
  <property name="type"><value>Noark 5</value><properties><property name="version"><value>5.0</value></property></properties></property>
  <property name="additionalInfo"><properties>
    <property dataType="integer" name="antallDokumentfiler"><value>${documentFiles}</value></property>
  </properties></property>
</properties></property></properties>
<dataObjects>
${dataObject('arkivstruktur', checksums, 'mappe', 2)}
${dataObject('endringslogg', checksums, 'endring', 1)}
${dataObject('loependeJournal', checksums, 'journalregistrering', 3)}
${dataObject('offentligJournal', checksums, 'journalregistrering', 3)}
</dataObjects>
</dataObject></dataObjects>
</dataset>
</addml>
`;
}
