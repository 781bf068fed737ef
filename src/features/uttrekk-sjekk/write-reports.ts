import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDepositReport, renderDepositReport } from './deposit-report.js';
import { renderSelfCheckReport } from './render-report.js';
import type { SelfCheckResult } from './run-self-check.js';

export interface WrittenReports {
  selfCheckText: string;
  selfCheckJson: string;
  depositText: string;
  depositJson: string;
}

/**
 * Writes the self-check report and the deposit report, each as Markdown and
 * JSON, named after the package: beside the package (never inside it, whose
 * content arkivuttrekk.xml describes and checksums) or in `outDir`.
 */
export async function writeReports(dir: string, result: SelfCheckResult, outDir?: string, now = new Date()): Promise<WrittenReports> {
  const packageDir = path.resolve(dir);
  const name = path.basename(packageDir);
  const target = path.resolve(outDir ?? path.dirname(packageDir));
  await mkdir(target, { recursive: true });
  const file = (suffix: string) => path.join(target, `${name}.${suffix}`);
  const deposit = await buildDepositReport(packageDir, result, now);
  const written: WrittenReports = {
    selfCheckText: file('selvkontroll.md'),
    selfCheckJson: file('selvkontroll.json'),
    depositText: file('deponeringsrapport.md'),
    depositJson: file('deponeringsrapport.json'),
  };
  await writeAtomically(written.selfCheckText, renderSelfCheckReport(result, name));
  await writeAtomically(written.selfCheckJson, `${JSON.stringify(result.report, null, 2)}\n`);
  await writeAtomically(written.depositText, renderDepositReport(deposit));
  await writeAtomically(written.depositJson, `${JSON.stringify(deposit, null, 2)}\n`);
  return written;
}

/** A half-written report must never look like a whole one. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, file);
}
