import { Ajv } from 'ajv';
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UTTREKK_SJEKK_COMMANDS } from '../../src/cli/uttrekk-sjekk-commands.js';
import { runSelfCheck, type SelfCheckResult } from '../../src/features/uttrekk-sjekk/run-self-check.js';
import { buildPackage, DOCUMENT_FILES, IDS, id, removePackages, type FixtureOptions } from './fixture-package.js';

/*
 * Issue 17 item 5, Done when: «the self-check catches each of a set of
 * deliberately broken packages (missing file, wrong checksum, invalid XML,
 * dangling document reference, gap in journal numbers, class with both
 * subclasses and folders)». Each broken package is the valid fixture with one
 * thing changed; each must fail exactly the control that guards it.
 */

const reportSchema = JSON.parse(await readFile(path.join(import.meta.dirname, 'arkade-testReport.schema.json'), 'utf8')) as object;

afterAll(removePackages);

const errorsOf = (result: SelfCheckResult, testId: string) =>
  Number(result.report.TestsResults.find((t) => t.TestId === testId)?.NumberOfErrors);
const messagesOf = (result: SelfCheckResult, testId: string) =>
  (result.report.TestsResults.find((t) => t.TestId === testId)?.ResultSet.Results ?? [])
    .filter((r) => r.ResultType !== 'Success')
    .map((r) => `${r.Message} @ ${r.Location}`);

async function check(options: FixtureOptions = {}, damage?: (dir: string) => Promise<void>) {
  const dir = await buildPackage(options);
  if (damage) await damage(dir);
  return runSelfCheck(dir);
}

/** The package fails, and among its failed controls is `testId`. */
function expectCaught(result: SelfCheckResult, testId: string) {
  expect(result.passed).toBe(false);
  expect(result.failedTests.map((t) => t.id)).toContain(testId);
  expect(errorsOf(result, testId)).toBeGreaterThan(0);
}

describe('uttrekk-sjekk: a valid package', () => {
  let result: SelfCheckResult;
  beforeAll(async () => {
    result = await check();
  });

  it('passes every control', () => {
    expect(result.failedTests).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.report.Summary.NumberOfErrors).toBe('0');
  });

  it('reports in the shape of Arkade 5’s JSON test report', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(reportSchema);
    expect(validate(result.report), JSON.stringify(validate.errors)).toBe(true);
    expect(result.report.Summary.ArchiveType).toBe('Noark5');
    expect(result.report.TestsResults.map((t) => t.TestId)).toEqual(
      expect.arrayContaining(['N5.01', 'N5.02', 'N5.03', 'N5.12', 'N5.32', 'N5.59', 'N5.63']),
    );
  });

  it('counts per type and year', () => {
    const info = (testId: string) =>
      (result.report.TestsResults.find((t) => t.TestId === testId)?.ResultSet.Results ?? []).map((r) => r.Message);
    expect(info('N5.10')).toEqual(['saksmappe: 2']);
    expect(info('N5.11')).toEqual(['2024: 2']);
    expect(info('N5.16')).toEqual(['journalpost: 3']);
    expect(info('N5.18')).toEqual(['2024: 3']);
    expect(info('N5.26')).toEqual(['Antall: 3']);
    expect(info('N5.29')).toEqual(['pdf: 3']);
    expect(info('SG.01')).toEqual(['2024: 3 journalposter, nr. 1–3']);
  });
});

describe('uttrekk-sjekk catches a deliberately broken package', () => {
  it('missing file (N5.01)', async () => {
    const result = await check({}, (dir) => rm(path.join(dir, 'endringslogg.xml')));
    expectCaught(result, 'N5.01');
    expect(messagesOf(result, 'N5.01').join()).toContain('endringslogg.xml mangler');
  });

  it('missing addml.xsd (N5.01, krav 6.4.20)', async () => {
    const result = await check({}, (dir) => rm(path.join(dir, 'addml.xsd')));
    expectCaught(result, 'N5.01');
  });

  it('a document file no document object refers to (N5.33, krav 6.4.40)', async () => {
    const result = await check({}, (dir) => writeFile(path.join(dir, 'dokumenter', 'foreldreloes.pdf'), '%PDF-1.4\n'));
    expectCaught(result, 'N5.33');
  });

  it('missing arkivuttrekk.xml (N5.01)', async () => {
    const result = await check({}, (dir) => rm(path.join(dir, 'arkivuttrekk.xml')));
    expectCaught(result, 'N5.01');
  });

  it('wrong checksum of an XML file (N5.02)', async () => {
    const result = await check({}, async (dir) => {
      const file = path.join(dir, 'loependeJournal.xml');
      await writeFile(file, `${await readFile(file, 'utf8')}<!-- endret etter uttrekket -->\n`);
    });
    expectCaught(result, 'N5.02');
    expect(messagesOf(result, 'N5.02').join()).toContain('loependeJournal.xml');
  });

  it('wrong checksum of a document file (N5.30)', async () => {
    const result = await check({}, async (dir) => {
      const file = path.join(dir, DOCUMENT_FILES[1]!);
      const content = await readFile(file);
      content[content.length - 2] = 0x58; // same size, other bytes
      await writeFile(file, content);
    });
    expectCaught(result, 'N5.30');
    expect(messagesOf(result, 'N5.30').join()).toContain(DOCUMENT_FILES[1]);
    expect(result.failedTests.map((t) => t.id)).toEqual(['N5.30']);
  });

  it('XML invalid against its schema (N5.03), with the line', async () => {
    const result = await check({ edit: { 'arkivstruktur.xml': (xml) => xml.replace('<tittel>Sakarkiv 2024</tittel>', '') } });
    expectCaught(result, 'N5.03');
    expect(messagesOf(result, 'N5.03').join()).toMatch(/arkivstruktur\.xml, linje \d+/);
  });

  it('XML that is not well-formed (N5.03)', async () => {
    const result = await check({ edit: { 'endringslogg.xml': (xml) => xml.replace('</endring>', '') } });
    expectCaught(result, 'N5.03');
    expect(messagesOf(result, 'N5.03').join()).toContain('endringslogg.xml kunne ikke leses til ende');
  });

  it('a DTD, which could smuggle entities in, is refused (N5.03)', async () => {
    const result = await check({
      edit: { 'endringslogg.xml': (xml) => xml.replace('<endringslogg ', '<!DOCTYPE endringslogg [<!ENTITY x "y">]>\n<endringslogg ') },
    });
    expectCaught(result, 'N5.03');
    expect(messagesOf(result, 'N5.03').join()).toContain('DOCTYPE');
  });

  it('dangling document reference (N5.32)', async () => {
    const result = await check({ edit: { 'arkivstruktur.xml': (xml) => xml.replace(DOCUMENT_FILES[2]!, 'dokumenter/finnes-ikke.pdf') } });
    expectCaught(result, 'N5.32');
    expect(messagesOf(result, 'N5.32').join()).toContain('dokumenter/finnes-ikke.pdf finnes ikke');
    expect(messagesOf(result, 'N5.33').join()).toContain(`${DOCUMENT_FILES[2]} har ingen referanse fra noe dokumentobjekt`);
  });

  it('gap in journal numbers (SG.01)', async () => {
    const result = await check({ journalNumbers: [1, 2, 4] });
    expectCaught(result, 'SG.01');
    expect(messagesOf(result, 'SG.01')).toEqual(['Hull i journalnumrene for 2024: 3 mangler @ null']);
  });

  it('a journal number used twice (SG.01)', async () => {
    const result = await check({ journalNumbers: [1, 2, 2] });
    expectCaught(result, 'SG.01');
    expect(messagesOf(result, 'SG.01').join()).toContain('2024/2 er brukt mer enn én gang');
  });

  it('a journal out of order (SG.02, krav 6.4.30)', async () => {
    const swap = (xml: string) =>
      xml
        .replace('<journalsekvensnummer>2<', '<journalsekvensnummer>X<')
        .replace('<journalsekvensnummer>3<', '<journalsekvensnummer>2<')
        .replace('<journalsekvensnummer>X<', '<journalsekvensnummer>3<');
    const result = await check({ edit: { 'offentligJournal.xml': swap } });
    expectCaught(result, 'SG.02');
    expect(messagesOf(result, 'SG.02').join()).toContain('offentligJournal.xml: 2024/2 står etter 2024/3');
  });

  it('a journal that does not cover the archive period (SG.02, krav 6.4.29)', async () => {
    const result = await check({
      edit: { 'loependeJournal.xml': (xml) => xml.replace('<journalSluttDato>2024-12-31<', '<journalSluttDato>2024-06-30<') },
    });
    expectCaught(result, 'SG.02');
  });

  it('class with both subclasses and folders (N5.12)', async () => {
    const result = await check({ classWithSubclassAndFolder: true });
    expectCaught(result, 'N5.12');
    expect(messagesOf(result, 'N5.12').join()).toContain('klasse 100 har både underklasser og mapper');
  });

  it('class with both subclasses and registrations (N5.19)', async () => {
    const record = (xml: string) => xml.slice(xml.indexOf('<registrering xsi:type="journalpost">'), xml.indexOf('</registrering>') + 15);
    const result = await check({
      edit: {
        'arkivstruktur.xml': (xml) =>
          xml.replace(/(<\/klasse>)(\s*<\/klasse>)/, `$1${record(xml).replace(IDS.journalpost[0]!, id(999))}$2`),
      },
    });
    expectCaught(result, 'N5.19');
  });

  it('a systemID used twice (N5.47)', async () => {
    const result = await check({ edit: { 'arkivstruktur.xml': (xml) => xml.replace(IDS.dokumentobjekt[1]!, IDS.dokumentobjekt[0]!) } });
    expectCaught(result, 'N5.47');
  });

  it('a reference to an arkivdel that is not there (N5.48)', async () => {
    const result = await check({
      edit: { 'arkivstruktur.xml': (xml) => xml.replace(`<referanseArkivdel>${IDS.arkivdel}`, `<referanseArkivdel>${id(77)}`) },
    });
    expectCaught(result, 'N5.48');
  });

  it('a secondary class reference to a class that is not there (N5.51)', async () => {
    const result = await check({
      edit: {
        'arkivstruktur.xml': (xml) =>
          xml.replace(`<referanseSekundaerKlassifikasjon>${IDS.klasse200}`, `<referanseSekundaerKlassifikasjon>${id(78)}`),
      },
    });
    expectCaught(result, 'N5.51');
  });

  it('a journal whose count disagrees with the structure (N5.59)', async () => {
    const result = await check({
      edit: { 'loependeJournal.xml': (xml) => xml.replace('<antallJournalposter>3<', '<antallJournalposter>4<') },
    });
    expectCaught(result, 'N5.59');
  });

  it('a change log entry referring to nothing in the structure (N5.62)', async () => {
    const result = await check({ edit: { 'endringslogg.xml': (xml) => xml.replace(IDS.journalpost[0]!, id(79)) } });
    expectCaught(result, 'N5.62');
  });

  it('an element without content (N5.63)', async () => {
    const result = await check({
      edit: { 'arkivstruktur.xml': (xml) => xml.replace('<tittel>Klasse 200</tittel>', '<tittel>Klasse 200</tittel><beskrivelse/>') },
    });
    expectCaught(result, 'N5.63');
    expect(messagesOf(result, 'N5.63').join()).toContain('<beskrivelse> mangler innhold');
  });

  it('a document file count that disagrees with arkivuttrekk.xml (N5.28)', async () => {
    const result = await check({}, (dir) => writeFile(path.join(dir, 'dokumenter', 'ekstra.pdf'), '%PDF-1.4\n'));
    expectCaught(result, 'N5.28');
  });
});

describe('npx saksgang uttrekk-sjekk', () => {
  it('writes the self-check and deposit reports beside the package and answers 0 when all passes', async () => {
    const dir = await buildPackage();
    const { output, exitCode } = await UTTREKK_SJEKK_COMMANDS['uttrekk-sjekk']!.run({}, [dir]);
    expect(exitCode).toBe(0);
    expect(output).toContain('Selvkontroll bestått');
    const besides = (suffix: string) => `${dir}.${suffix}`;
    expect(await readFile(besides('selvkontroll.md'), 'utf8')).toContain('BESTÅTT');
    expect(JSON.parse(await readFile(besides('selvkontroll.json'), 'utf8'))).toMatchObject({ Summary: { NumberOfErrors: '0' } });
    const deposit = JSON.parse(await readFile(besides('deponeringsrapport.json'), 'utf8')) as Record<string, unknown>;
    expect(deposit).toMatchObject({
      arkivperiode: { start: '2024-01-01', slutt: '2024-12-31' },
      antall: { mapper: 2, journalposter: 3, dokumentfiler: 3 },
      formater: { pdf: 3 },
      selvkontroll: { bestaatt: true, feil: 0 },
    });
    expect((deposit.sjekksummer as { fil: string }[]).map((s) => s.fil)).toEqual(
      expect.arrayContaining(['arkivuttrekk.xml', 'arkivstruktur.xml']),
    );
    expect(await readFile(besides('deponeringsrapport.md'), 'utf8')).toContain('# Deponeringsrapport');
  });

  it('exits non-zero when a control fails, and says which', async () => {
    const dir = await buildPackage({ journalNumbers: [1, 2, 4] });
    const run = promisify(execFile);
    const failure = await run(process.execPath, [path.resolve('bin/saksgang.js'), 'uttrekk-sjekk', dir]).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('SG.01');
    expect(await readFile(`${dir}.selvkontroll.md`, 'utf8')).toContain('Hull i journalnumrene for 2024: 3 mangler');
  });

  it('refuses a directory that does not exist with a clear message', async () => {
    await expect(UTTREKK_SJEKK_COMMANDS['uttrekk-sjekk']!.run({}, ['/finnes/ikke'])).rejects.toMatchObject({
      text: { nb: expect.stringContaining('«/finnes/ikke» finnes ikke') as string },
    });
  });
});
