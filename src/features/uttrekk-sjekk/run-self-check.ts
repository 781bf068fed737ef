import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fieldError } from '../../shared/errors.js';
import { readManifest, type Manifest } from './addml-manifest.js';
import { scanArkivstruktur } from './arkivstruktur-scan.js';
import { recordContentTests, type ScannedContent } from './content-tests.js';
import { DocumentFiles } from './document-files.js';
import { scanEndringslogg, scanJournal } from './journal-scans.js';
import { fileSize } from './package-files.js';
import { checkChecksums, checkFilesExist, checkSchemas, MANIFEST_FILE } from './structure-controls.js';
import { TEST_POINTS } from './test-points.js';
import { TestRecorder, type TestReport } from './test-report.js';

export interface SelfCheckResult {
  /** True when no control found an error. */
  passed: boolean;
  failedTests: { id: string; name: string; errors: number }[];
  /** In the shape of Arkade's JSON test report. */
  report: TestReport;
  /** What was read, for the deposit report. */
  content: ScannedContent;
}

/**
 * The self-check of a Noark 5 v5.0 extraction package (issue 17 item 5): the
 * structure controls and content analyses Arkade 5 runs (test points N5.01–
 * N5.64) and gapless journal numbers (SG.01). Reads every file streaming, so
 * memory stays flat however large the package is; needs no database.
 */
export async function runSelfCheck(dir: string, options: { now?: Date } = {}): Promise<SelfCheckResult> {
  await requireDirectory(dir);
  const rec = new TestRecorder();
  const manifest = await loadManifest(dir, rec);
  await checkFilesExist(dir, manifest, rec);
  await checkChecksums(dir, manifest, rec);
  await checkSchemas(dir, manifest, rec);

  const documents = new DocumentFiles(dir, rec);
  const arkivstruktur = await readOrReport(dir, 'arkivstruktur.xml', rec, (file) => scanArkivstruktur(file, rec, documents));
  const content: ScannedContent = {
    manifest,
    arkivstruktur,
    documents: await documents.walk(),
    loependeJournal: await readOrReport(dir, 'loependeJournal.xml', rec, (file) => scanJournal(file, 'loependeJournal.xml', rec)),
    offentligJournal: await readOrReport(dir, 'offentligJournal.xml', rec, (file) => scanJournal(file, 'offentligJournal.xml', rec)),
    changes: await readOrReport(dir, 'endringslogg.xml', rec, (file) =>
      scanEndringslogg(file, 'endringslogg.xml', arkivstruktur?.index ?? null, rec),
    ),
  };
  recordContentTests(content, rec);

  const tests = rec.executedTests();
  const failedTests = tests
    .filter((t) => t.NumberOfErrors !== '0')
    .map((t) => ({ id: t.TestId, name: t.TestName, errors: Number(t.NumberOfErrors) }));
  const errors = failedTests.reduce((sum, t) => sum + t.errors, 0);
  const report: TestReport = {
    Summary: {
      Uuid: uuidOf(dir),
      ArchiveType: 'Noark5',
      ArchiveCreators: manifest.recordCreators.join(', ') || null,
      ArchivalPeriod: manifest.period.start || manifest.period.end ? `${manifest.period.start ?? ''} – ${manifest.period.end ?? ''}` : null,
      SystemName: manifest.systemName,
      SystemType: manifest.systemType,
      DateOfTesting: (options.now ?? new Date()).toISOString(),
      NumberOfProcessedFiles: String(manifest.files.length + content.documents.files),
      NumberOfProcessedRecords: String(arkivstruktur?.stats.counts.get('registrering') ?? 0),
      NumberOfTestsRun: String(TEST_POINTS.length),
      NumberOfErrors: String(errors),
    },
    TestsResults: tests,
  };
  return { passed: failedTests.length === 0, failedTests, report, content };
}

async function requireDirectory(dir: string): Promise<void> {
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir)
    throw fieldError('<katalog>', `«${dir}» finnes ikke eller er ikke en katalog`, `"${dir}" does not exist or is not a directory`);
}

const EMPTY_MANIFEST = (): Manifest => ({
  files: [],
  mainSchema: new Map(),
  occurrences: [],
  antallDokumentfiler: null,
  period: { start: null, end: null },
  recordCreators: [],
  systemName: null,
  systemType: null,
  archive: null,
});

async function loadManifest(dir: string, rec: TestRecorder): Promise<Manifest> {
  const file = path.join(dir, MANIFEST_FILE);
  if ((await fileSize(file)) === null) {
    rec.error('N5.01', `${MANIFEST_FILE} mangler i pakken`, MANIFEST_FILE);
    return EMPTY_MANIFEST();
  }
  try {
    return await readManifest(file);
  } catch (error) {
    rec.error('N5.03', `${MANIFEST_FILE} kunne ikke leses: ${(error as Error).message}`, MANIFEST_FILE);
    return EMPTY_MANIFEST();
  }
}

/** Reads one of the package's XML files; a file that is missing is N5.01's, one that cannot be read is reported under N5.03. */
async function readOrReport<T>(dir: string, name: string, rec: TestRecorder, read: (file: string) => Promise<T>): Promise<T | null> {
  const file = path.join(dir, name);
  if ((await fileSize(file)) === null) return null;
  try {
    return await read(file);
  } catch (error) {
    rec.error('N5.03', `${name} kunne ikke leses til ende: ${(error as Error).message}`, name);
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOf = (dir: string) => (UUID.test(path.basename(path.resolve(dir))) ? path.basename(path.resolve(dir)) : null);
