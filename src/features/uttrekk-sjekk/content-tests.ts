import type { Manifest } from './addml-manifest.js';
import type { ArkivstrukturIndex, ArkivstrukturStats } from './arkivstruktur-scan.js';
import type { Counter } from './counter.js';
import type { DocumentFileStats } from './document-files.js';
import type { JournalStats } from './journal-scans.js';
import type { TestId } from './test-points.js';
import { at, type TestRecorder } from './test-report.js';

const ARKIVSTRUKTUR = 'arkivstruktur.xml';
const MANIFEST = 'arkivuttrekk.xml';

export interface ScannedContent {
  manifest: Manifest;
  arkivstruktur: { stats: ArkivstrukturStats; index: ArkivstrukturIndex } | null;
  documents: DocumentFileStats;
  loependeJournal: JournalStats | null;
  offentligJournal: JournalStats | null;
  changes: number | null;
}

const listCounter = (rec: TestRecorder, id: TestId, counter: Counter) => {
  const entries = counter.entries();
  if (entries.length === 0) rec.info(id, 'Ingen');
  for (const [key, n] of entries) rec.info(id, `${key}: ${n}`);
};

/** Turns what was read into the analyses and the controls that need the whole package read first. */
export function recordContentTests(content: ScannedContent, rec: TestRecorder): void {
  if (content.arkivstruktur) recordArkivstruktur(content.arkivstruktur.stats, content.arkivstruktur.index, rec);
  recordDocuments(content, rec);
  recordJournals(content, rec);
  recordOccurrences(content, rec);
}

function recordArkivstruktur(stats: ArkivstrukturStats, index: ArkivstrukturIndex, rec: TestRecorder): void {
  const c = stats.counts;
  const count = (id: TestId, element: string) => rec.info(id, `Antall: ${c.get(element)}`);
  count('N5.04', 'arkiv');
  count('N5.05', 'arkivdel');
  listCounter(rec, 'N5.06', stats.arkivdelstatus);
  count('N5.07', 'klassifikasjonssystem');
  listCounter(rec, 'N5.08', stats.klasserPerSystem);
  rec.info('N5.09', `Antall: ${stats.emptyPrimaryClasses}`);
  listCounter(rec, 'N5.10', stats.mapperPerType);
  listCounter(rec, 'N5.11', stats.mapperPerYear);
  listCounter(rec, 'N5.13', stats.mapperPerClass);
  rec.info('N5.14', `Antall: ${stats.emptyFolders}`);
  listCounter(rec, 'N5.15', stats.saksstatus);
  listCounter(rec, 'N5.16', stats.registreringerPerType);
  listCounter(rec, 'N5.17', stats.journalposttype);
  listCounter(rec, 'N5.18', stats.registreringerPerYear);
  listCounter(rec, 'N5.20', stats.registreringerPerClass);
  rec.info('N5.21', `Antall: ${stats.registreringerWithoutDocuments}`);
  listCounter(rec, 'N5.22', stats.journalstatus);
  count('N5.23', 'dokumentbeskrivelse');
  rec.info('N5.24', `Antall: ${stats.descriptionsWithoutObjects}`);
  listCounter(rec, 'N5.25', stats.dokumentstatus);
  count('N5.26', 'dokumentobjekt');
  rec.info('N5.27', `Første: ${stats.firstCreated ?? '–'}, siste: ${stats.lastCreated ?? '–'}`);
  const counted: [TestId, string][] = [
    ['N5.35', 'part'],
    ['N5.36', 'merknad'],
    ['N5.37', 'kryssreferanse'],
    ['N5.38', 'presedens'],
    ['N5.39', 'korrespondansepart'],
    ['N5.40', 'avskrivning'],
    ['N5.41', 'dokumentflyt'],
    ['N5.42', 'skjerming'],
    ['N5.43', 'gradering'],
    ['N5.44', 'kassasjon'],
    ['N5.45', 'utfoertKassasjon'],
    ['N5.46', 'konvertering'],
  ];
  for (const [id, element] of counted) count(id, element);
  rec.info('N5.47', `${index.systemIds.size} systemID-er`);
  checkReferences(rec, 'N5.48', index.arkivdelReferences, index.arkivdeler, 'referanseArkivdel', 'arkivdel');
  checkReferences(rec, 'N5.51', index.classReferences, index.klasser, 'referanseSekundaerKlassifikasjon', 'klasse');
  checkJournalNumbers(stats.journalNumbers, rec);
}

function checkReferences(rec: TestRecorder, id: TestId, refs: Map<string, number>, targets: Set<string>, element: string, kind: string) {
  for (const [ref, line] of refs) {
    if (!targets.has(ref)) rec.error(id, `${element} ${ref} viser ikke til noen ${kind} i uttrekket`, at(ARKIVSTRUKTUR, line));
  }
  if (refs.size > 0 && rec.errors(id) === 0) rec.info(id, `${refs.size} ulike referanser, alle gyldige`);
}

/** SG.01: within each journal year the sequence numbers are unique and leave no gap between the first and the last. */
export function checkJournalNumbers(journalNumbers: Map<string, number[]>, rec: TestRecorder): void {
  for (const [year, numbers] of [...journalNumbers.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    numbers.sort((a, b) => a - b);
    for (let i = 1; i < numbers.length; i++) {
      const previous = numbers[i - 1]!;
      const current = numbers[i]!;
      if (current === previous) rec.error('SG.01', `Journalnummer ${year}/${current} er brukt mer enn én gang`);
      else if (current > previous + 1) {
        const missing = current - previous === 2 ? `${previous + 1}` : `${previous + 1}–${current - 1}`;
        rec.error('SG.01', `Hull i journalnumrene for ${year}: ${missing} mangler`);
      }
    }
    rec.info('SG.01', `${year}: ${numbers.length} journalposter, nr. ${numbers[0]}–${numbers[numbers.length - 1]}`);
  }
}

function recordDocuments({ manifest, documents, arkivstruktur }: ScannedContent, rec: TestRecorder): void {
  rec.info('N5.28', `${documents.files} dokumentfiler i ${'dokumenter/'} (${documents.bytes} byte)`);
  if (manifest.antallDokumentfiler === null) rec.error('N5.28', `${MANIFEST} oppgir ikke antallDokumentfiler`, MANIFEST);
  else if (manifest.antallDokumentfiler !== documents.files) {
    rec.error('N5.28', `${MANIFEST} oppgir ${manifest.antallDokumentfiler} dokumentfiler, pakken har ${documents.files}`, MANIFEST);
  }
  listCounter(rec, 'N5.29', documents.formats);
  if (arkivstruktur) rec.info('N5.32', `${arkivstruktur.stats.counts.get('dokumentobjekt')} dokumentobjekter kontrollert`);
  if (documents.unreferenced === 0) rec.info('N5.33', 'Antall: 0');
  rec.info('N5.34', `Antall: ${documents.referencedMoreThanOnce}`);
  rec.info('N5.64', `Antall: ${documents.emptyFiles}`);
}

function recordJournals({ manifest, arkivstruktur, loependeJournal, offentligJournal, changes }: ScannedContent, rec: TestRecorder): void {
  const inStructure = arkivstruktur?.stats.registreringerPerType.get('journalpost') ?? null;
  if (inStructure !== null) rec.info('N5.59', `${inStructure} journalposter i ${ARKIVSTRUKTUR}`);
  for (const [name, journal] of [
    ['loependeJournal.xml', loependeJournal],
    ['offentligJournal.xml', offentligJournal],
  ] as const) {
    if (!journal) continue;
    rec.info('N5.59', `${journal.registrations} journalregistreringer i ${name}`);
    if (journal.statedCount !== String(journal.registrations)) {
      rec.error(
        'N5.59',
        `${name}: journalhodet oppgir ${journal.statedCount ?? '–'} journalposter, filen har ${journal.registrations}`,
        name,
      );
    }
    const differs = name === 'loependeJournal.xml' ? journal.registrations !== inStructure : journal.registrations > (inStructure ?? 0);
    if (inStructure !== null && differs) {
      rec.error('N5.59', `${name} har ${journal.registrations} journalposter, ${ARKIVSTRUKTUR} har ${inStructure}`, name);
    }
    rec.info('N5.60', `${name}: ${journal.startDate ?? '–'} – ${journal.endDate ?? '–'}`);
    checkJournalPeriod(name, journal, manifest, rec);
  }
  rec.info('N5.60', `Arkivperiode i ${MANIFEST}: ${manifest.period.start ?? '–'} – ${manifest.period.end ?? '–'}`);
  if (changes !== null) rec.info('N5.61', `Antall: ${changes}`);
}

/** SG.02, krav 6.4.29: a journal covers the same period as the extraction. */
function checkJournalPeriod(name: string, journal: JournalStats, manifest: Manifest, rec: TestRecorder): void {
  const { start, end } = manifest.period;
  if (start && journal.startDate && start !== journal.startDate) {
    rec.error('SG.02', `${name} begynner ${journal.startDate}, arkivperioden i ${MANIFEST} ${start}`, name);
  }
  if (end && journal.endDate && end !== journal.endDate) {
    rec.error('SG.02', `${name} slutter ${journal.endDate}, arkivperioden i ${MANIFEST} ${end}`, name);
  }
}

/** The counts arkivuttrekk.xml states (numberOfOccurrences) against what the files hold. */
function recordOccurrences(
  { manifest, arkivstruktur, loependeJournal, offentligJournal, changes }: ScannedContent,
  rec: TestRecorder,
): void {
  const actual: Record<string, [TestId, number | null | undefined]> = {
    'arkivstruktur/mappe': ['N5.10', arkivstruktur?.stats.counts.get('mappe')],
    'arkivstruktur/registrering': ['N5.16', arkivstruktur?.stats.counts.get('registrering')],
    'endringslogg/endring': ['N5.61', changes],
    'loependeJournal/journalregistrering': ['N5.59', loependeJournal?.registrations],
    'offentligJournal/journalregistrering': ['N5.59', offentligJournal?.registrations],
  };
  for (const o of manifest.occurrences) {
    const known = actual[`${o.dataObject}/${o.element}`];
    if (!known || known[1] === null || known[1] === undefined) continue;
    const [id, n] = known;
    if (o.value === null) rec.error(id, `${MANIFEST}: antall ${o.element} er ikke et tall`, at(MANIFEST, o.line));
    else if (o.value !== n)
      rec.error(id, `${MANIFEST} oppgir ${o.value} ${o.element} i ${o.dataObject}, filen har ${n}`, at(MANIFEST, o.line));
  }
}
