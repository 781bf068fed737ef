import type { SelfCheckResult } from './run-self-check.js';
import type { ExecutedTest } from './test-report.js';

const TYPE_NAMES: Record<ExecutedTest['TestType'], string> = {
  StructureControl: 'strukturkontroll',
  StructureAnalysis: 'strukturanalyse',
  ContentControl: 'innholdskontroll',
  ContentAnalysis: 'innholdsanalyse',
};

/** How many result lines of one test the readable report shows (the JSON has them all, up to its own cap). */
const SHOWN_RESULTS = 50;

const cell = (text: string | null) => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The self-check report for people (Norwegian, Markdown). */
export function renderSelfCheckReport(result: SelfCheckResult, packageName: string): string {
  const { Summary: s, TestsResults: tests } = result.report;
  const lines = [
    `# Selvkontroll av arkivuttrekk: ${packageName}`,
    '',
    `**Resultat: ${result.passed ? 'BESTÅTT – ingen kontroller fant feil' : `FEIL – ${s.NumberOfErrors} feil i ${result.failedTests.length} kontroll(er)`}**`,
    '',
    `| | |`,
    `|---|---|`,
    `| Arkivskaper | ${cell(s.ArchiveCreators) || '–'} |`,
    `| Arkivperiode | ${cell(s.ArchivalPeriod) || '–'} |`,
    `| System | ${cell(s.SystemName) || '–'} (${cell(s.SystemType) || '–'}) |`,
    `| Kontrollert | ${s.DateOfTesting} |`,
    `| Filer | ${s.NumberOfProcessedFiles} |`,
    `| Registreringer | ${s.NumberOfProcessedRecords} |`,
    `| Testpunkter | ${s.NumberOfTestsRun} |`,
    '',
  ];
  if (!result.passed) {
    lines.push('## Kontroller med feil', '', '| test | navn | feil |', '|---|---|---|');
    for (const f of result.failedTests) lines.push(`| ${f.id} | ${cell(f.name)} | ${f.errors} |`);
    lines.push('');
  }
  lines.push('## Testpunkter', '');
  for (const test of tests) lines.push(...renderTest(test));
  return `${lines.join('\n')}\n`;
}

function renderTest(test: ExecutedTest): string[] {
  const errors = Number(test.NumberOfErrors);
  const status = errors > 0 ? `❌ ${errors} feil` : '✔';
  const lines = [`### ${test.TestId} ${test.TestName} (${TYPE_NAMES[test.TestType]}) ${status}`, '', `_${test.TestDescription}_`, ''];
  const results = test.ResultSet.Results ?? [];
  if (results.length === 0) lines.push('- Ingen avvik funnet');
  for (const r of results.slice(0, SHOWN_RESULTS)) {
    const mark = r.ResultType === 'Success' ? '-' : '- **feil:**';
    lines.push(`${mark} ${r.Message ?? ''}${r.Location ? ` (${r.Location})` : ''}`);
  }
  if (results.length > SHOWN_RESULTS) lines.push(`- … ${results.length - SHOWN_RESULTS} linjer til i JSON-rapporten`);
  lines.push('');
  return lines;
}
