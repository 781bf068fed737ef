import path from 'node:path';
import type { Manifest } from './addml-manifest.js';
import { fileInPackage, fileSize, hashAlgorithm, hashFile } from './package-files.js';
import { at, type TestRecorder } from './test-report.js';
import { validateWithXsd } from './xsd-validate.js';

export const MANIFEST_FILE = 'arkivuttrekk.xml';
export const ADDML_SCHEMA = 'addml.xsd';
/** The XML files every Noark 5 v5.0 extraction has. */
export const NOARK_FILES = ['arkivstruktur.xml', 'endringslogg.xml', 'loependeJournal.xml', 'offentligJournal.xml'] as const;

/** N5.01: every file arkivuttrekk.xml lists is in the package, it lists the four Noark 5 files, and addml.xsd is there (krav 6.4.20). */
export async function checkFilesExist(dir: string, manifest: Manifest, rec: TestRecorder): Promise<void> {
  if ((await fileSize(path.join(dir, ADDML_SCHEMA))) === null)
    rec.error('N5.01', `${ADDML_SCHEMA} mangler i pakken (krav 6.4.20)`, ADDML_SCHEMA);
  for (const required of NOARK_FILES) {
    if (!manifest.files.some((f) => f.name === required && f.role === 'data')) {
      rec.error('N5.01', `${required} er ikke beskrevet i ${MANIFEST_FILE}`, MANIFEST_FILE);
    }
  }
  for (const file of manifest.files) {
    const full = fileInPackage(dir, file.name);
    if (!full) rec.error('N5.01', `Filnavnet «${file.name}» peker ut av pakken`, at(MANIFEST_FILE, file.line));
    else if ((await fileSize(full)) === null) rec.error('N5.01', `${file.name} mangler i pakken`, at(MANIFEST_FILE, file.line));
    else rec.info('N5.01', `${file.name} finnes`);
  }
}

/** N5.02: the checksum arkivuttrekk.xml gives each file matches the file. */
export async function checkChecksums(dir: string, manifest: Manifest, rec: TestRecorder): Promise<void> {
  for (const file of manifest.files) {
    const full = fileInPackage(dir, file.name);
    if (!full || (await fileSize(full)) === null) continue; // N5.01 reports it
    const algorithm = hashAlgorithm(file.algorithm);
    if (!file.checksum) {
      rec.error('N5.02', `${file.name} har ingen sjekksum i ${MANIFEST_FILE}`, at(MANIFEST_FILE, file.line));
    } else if (!algorithm) {
      rec.error('N5.02', `${file.name}: ukjent sjekksumalgoritme «${file.algorithm ?? ''}»`, at(MANIFEST_FILE, file.line));
    } else {
      const actual = await hashFile(full, algorithm);
      if (actual.toLowerCase() === file.checksum.trim().toLowerCase()) rec.info('N5.02', `${file.name}: ${file.algorithm} stemmer`);
      else
        rec.error(
          'N5.02',
          `${file.name}: sjekksummen er ${actual}, ${MANIFEST_FILE} oppgir ${file.checksum}`,
          at(MANIFEST_FILE, file.line),
        );
    }
  }
}

/** N5.03: arkivuttrekk.xml against addml.xsd, and each data file against its main schema, all from the package. */
export async function checkSchemas(dir: string, manifest: Manifest, rec: TestRecorder): Promise<void> {
  await validate(dir, MANIFEST_FILE, ADDML_SCHEMA, rec);
  for (const file of manifest.files.filter((f) => f.role === 'data' && f.name.toLowerCase().endsWith('.xml'))) {
    const schema = manifest.mainSchema.get(file.name);
    if (!schema) rec.error('N5.03', `${MANIFEST_FILE} oppgir ikke noe skjema for ${file.name}`, at(MANIFEST_FILE, file.line));
    else await validate(dir, file.name, schema, rec);
  }
}

async function validate(dir: string, xmlName: string, xsdName: string, rec: TestRecorder): Promise<void> {
  const xml = fileInPackage(dir, xmlName);
  const xsd = fileInPackage(dir, xsdName);
  if (!xml || (await fileSize(xml)) === null) return; // N5.01 reports it
  if (!xsd || (await fileSize(xsd)) === null) {
    rec.error('N5.03', `Skjemaet ${xsdName} for ${xmlName} mangler i pakken`, xmlName);
    return;
  }
  const result = await validateWithXsd(xml, xsd);
  if (result.valid) {
    rec.info('N5.03', `${xmlName} er gyldig etter ${xsdName}`);
    return;
  }
  for (const error of result.errors) rec.error('N5.03', error.message, at(path.basename(xmlName), error.line ?? undefined));
  for (let i = result.errors.length; i < result.errorCount; i++) rec.error('N5.03', 'Skjemafeil', xmlName);
}
