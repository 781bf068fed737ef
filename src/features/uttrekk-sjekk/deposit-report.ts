import path from 'node:path';
import { hashFile } from './package-files.js';
import type { SelfCheckResult } from './run-self-check.js';
import { MANIFEST_FILE } from './structure-controls.js';

/**
 * The deposit report (deponeringsrapport, issue 17 item 8): one page per
 * extraction that the archive files with the deposit — what the package
 * holds (period, counts, formats), how to know it is unchanged (checksums,
 * the one of arkivuttrekk.xml first) and what the self-check found.
 */
export interface DepositReport {
  uttrekk: string;
  laget: string;
  arkiv: string | null;
  arkivskaper: string[];
  system: { navn: string | null; type: string | null };
  arkivperiode: { start: string | null; slutt: string | null };
  journalperiode: { start: string | null; slutt: string | null };
  antall: Record<string, number>;
  perAar: { mapper: Record<string, number>; registreringer: Record<string, number> };
  formater: Record<string, number>;
  dokumentfilerByte: number;
  sjekksummer: { fil: string; algoritme: string; verdi: string }[];
  selvkontroll: { bestaatt: boolean; feil: number; kontrollerMedFeil: { id: string; navn: string; feil: number }[] };
}

export async function buildDepositReport(dir: string, result: SelfCheckResult, now = new Date()): Promise<DepositReport> {
  const { manifest, arkivstruktur, documents, loependeJournal, changes } = result.content;
  const c = arkivstruktur?.stats.counts;
  const n = (element: string) => c?.get(element) ?? 0;
  return {
    uttrekk: path.basename(path.resolve(dir)),
    laget: now.toISOString(),
    arkiv: manifest.archive,
    arkivskaper: manifest.recordCreators,
    system: { navn: manifest.systemName, type: manifest.systemType },
    arkivperiode: { start: manifest.period.start, slutt: manifest.period.end },
    journalperiode: { start: loependeJournal?.startDate ?? null, slutt: loependeJournal?.endDate ?? null },
    antall: {
      arkiv: n('arkiv'),
      arkivdeler: n('arkivdel'),
      klasser: n('klasse'),
      mapper: n('mappe'),
      registreringer: n('registrering'),
      journalposter: arkivstruktur?.stats.registreringerPerType.get('journalpost') ?? 0,
      dokumentbeskrivelser: n('dokumentbeskrivelse'),
      dokumentobjekter: n('dokumentobjekt'),
      dokumentfiler: documents.files,
      korrespondanseparter: n('korrespondansepart'),
      skjerminger: n('skjerming'),
      endringer: changes ?? 0,
    },
    perAar: {
      mapper: arkivstruktur?.stats.mapperPerYear.toObject() ?? {},
      registreringer: arkivstruktur?.stats.registreringerPerYear.toObject() ?? {},
    },
    formater: documents.formats.toObject(),
    dokumentfilerByte: documents.bytes,
    sjekksummer: await checksums(dir, result),
    selvkontroll: {
      bestaatt: result.passed,
      feil: Number(result.report.Summary.NumberOfErrors),
      kontrollerMedFeil: result.failedTests.map((t) => ({ id: t.id, navn: t.name, feil: t.errors })),
    },
  };
}

/** arkivuttrekk.xml's own SHA-256 (it holds all the others), then the checksums it lists. */
async function checksums(dir: string, result: SelfCheckResult): Promise<DepositReport['sjekksummer']> {
  const own = await hashFile(path.join(dir, MANIFEST_FILE), 'sha256').catch(() => null);
  const listed = result.content.manifest.files
    .filter((f) => f.checksum)
    .map((f) => ({ fil: f.name, algoritme: f.algorithm ?? '', verdi: f.checksum ?? '' }));
  return own ? [{ fil: MANIFEST_FILE, algoritme: 'SHA-256', verdi: own }, ...listed] : listed;
}

const table = (rows: [string, string | number][]) => ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];

export function renderDepositReport(r: DepositReport): string {
  const years = [...new Set([...Object.keys(r.perAar.mapper), ...Object.keys(r.perAar.registreringer)])].sort();
  const lines = [
    `# Deponeringsrapport: ${r.uttrekk}`,
    '',
    ...table([
      ['Arkiv', r.arkiv ?? '–'],
      ['Arkivskaper', r.arkivskaper.join(', ') || '–'],
      ['System', `${r.system.navn ?? '–'} (${r.system.type ?? '–'})`],
      ['Arkivperiode', `${r.arkivperiode.start ?? '–'} – ${r.arkivperiode.slutt ?? '–'}`],
      ['Journalperiode', `${r.journalperiode.start ?? '–'} – ${r.journalperiode.slutt ?? '–'}`],
      ['Selvkontroll', r.selvkontroll.bestaatt ? 'bestått' : `FEIL (${r.selvkontroll.feil})`],
      ['Rapporten er laget', r.laget],
    ]),
    '',
    '## Antall',
    '',
    ...table(Object.entries(r.antall)),
    '',
    '## Per år',
    '',
    '| år | mapper | registreringer |',
    '|---|---|---|',
    ...years.map((y) => `| ${y} | ${r.perAar.mapper[y] ?? 0} | ${r.perAar.registreringer[y] ?? 0} |`),
    '',
    '## Dokumentformater',
    '',
    '| format | filer |',
    '|---|---|',
    ...Object.entries(r.formater).map(([f, k]) => `| ${f} | ${k} |`),
    '',
    `Dokumentfilene er til sammen ${r.dokumentfilerByte} byte.`,
    '',
    '## Sjekksummer',
    '',
    '| fil | algoritme | verdi |',
    '|---|---|---|',
    ...r.sjekksummer.map((s) => `| ${s.fil} | ${s.algoritme} | \`${s.verdi}\` |`),
    '',
    '## Selvkontroll',
    '',
    r.selvkontroll.bestaatt
      ? 'Alle kontroller er bestått.'
      : [
          '| test | navn | feil |',
          '|---|---|---|',
          ...r.selvkontroll.kontrollerMedFeil.map((k) => `| ${k.id} | ${k.navn} | ${k.feil} |`),
        ].join('\n'),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
