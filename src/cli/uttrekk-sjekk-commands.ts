import { runSelfCheck } from '../features/uttrekk-sjekk/run-self-check.js';
import { writeReports } from '../features/uttrekk-sjekk/write-reports.js';
import { fieldError } from '../shared/errors.js';
import { opts, type FileCommand } from './options.js';

export const UTTREKK_SJEKK_COMMANDS: Record<string, FileCommand> = {
  'uttrekk-sjekk': {
    summary:
      'Selvkontroll av et Noark 5-arkivuttrekk (Arkades kontroller): <katalog> [--rapport KATALOG]. Skriver selvkontroll og deponeringsrapport (.md og .json) ved siden av pakken; avslutter med kode 1 når en kontroll feiler',
    options: opts('rapport'),
    run: async (values, positionals) => {
      const [dir, ...extra] = positionals;
      if (!dir || extra.length > 0)
        throw fieldError('<katalog>', 'oppgi én katalog med arkivuttrekket', 'give one directory holding the extraction');
      const result = await runSelfCheck(dir);
      const written = await writeReports(dir, result, values.rapport);
      const lines = [
        result.passed
          ? `Selvkontroll bestått: ingen av ${result.report.Summary.NumberOfTestsRun} testpunkter fant feil.`
          : `Selvkontroll FEILET: ${result.report.Summary.NumberOfErrors} feil.`,
        ...result.failedTests.map((t) => `  ${t.id} ${t.name}: ${t.errors} feil`),
        `Rapport: ${written.selfCheckText}`,
        `         ${written.selfCheckJson}`,
        `Deponeringsrapport: ${written.depositText}`,
        `                    ${written.depositJson}`,
      ];
      return { output: `${lines.join('\n')}\n`, exitCode: result.passed ? 0 : 1 };
    },
  },
};
