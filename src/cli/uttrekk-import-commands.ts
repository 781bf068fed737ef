import { loadConfig } from '../config.js';
import { createFileStore, fileSettings } from '../files/file-settings.js';
import { importUttrekk, type ImportReport } from '../features/uttrekk-import/import-uttrekk.js';
import { systemOwnerCtx } from '../shared/system-actor.js';
import { opts, organisation, required, type Command } from './options.js';

/** The report as the archivist reads it in a terminal. */
export function formatImportReport(report: ImportReport): string {
  const { mapper, registreringer, dokumenter, filer, endringer } = report.antall;
  const lines = [
    `Import ${report.status} (Noark ${report.noarkVersjon}, import ${report.importId})`,
    `Mapper: ${mapper}, registreringer: ${registreringer}, dokumenter: ${dokumenter}, filer: ${filer}, endringer: ${endringer}`,
  ];
  const unmapped = Object.entries(report.ikkeKartlagt);
  if (unmapped.length > 0) lines.push('Ikke kartlagt:', ...unmapped.map(([what, n]) => `  ${n} × ${what}`));
  if (report.sjekksumAvvik.length > 0) lines.push('Sjekksumavvik:', ...report.sjekksumAvvik.map((a) => `  ${a}`));
  return lines.join('\n');
}

export const UTTREKK_IMPORT_COMMANDS: Record<string, Command> = {
  'uttrekk-import': {
    summary: 'Importer et Noark 5-arkivuttrekk som historisk arkiv: <katalog> --org ORGNR|KORTNAVN',
    options: opts('org'),
    positional: 'katalog',
    run: async (sys, v) => {
      const org = await organisation(sys, v);
      const files = createFileStore(fileSettings(loadConfig()));
      const report = await importUttrekk(systemOwnerCtx(sys.db, org.id, sys.log), { katalog: required(v, 'katalog'), files });
      return formatImportReport(report);
    },
  },
};
