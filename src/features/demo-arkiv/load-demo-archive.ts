import { inTenant } from '../../db/tenant.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import type { Ctx } from '../../shared/context.js';
import { setupStandardArkiv } from '../arkivstruktur/setup-standard-arkiv.js';
import { listArkivdeler } from '../arkivstruktur/list-arkivdeler.js';
import { demoArkivRepository as repo } from './demo-arkiv-repository.js';
import { loadClosedPeriod } from './closed-period.js';
import { ensureDemoPeople } from './people.js';
import { planArchive } from './plan.js';
import { playTimeline } from './timeline.js';

export interface DemoArchiveOptions {
  caseCount: number;
  /** Every n-th incoming or outgoing letter gets a PDF (1 = all). */
  pdfEvery: number;
}

// 105 cases per organisation give a little over 1,000 records in all. A PDF
// for every letter made loading take minutes on PGlite (makePdf, storing and
// text extraction cost ~100 ms each), so every third letter gets one.
export const DEFAULT_DEMO_ARCHIVE: DemoArchiveOptions = { caseCount: 105, pdfEvery: 3 };

/**
 * Fills one demo organisation with a living archive through the real use
 * cases, in date order, so numbers, statuses, change log and search index
 * are exactly what daily use would have produced. Skipped when the
 * organisation already has cases (a second load changes nothing).
 */
export async function loadDemoArchive(sys: Ctx, kortnavn: string, files: DocumentStores, options = DEFAULT_DEMO_ARCHIVE) {
  if (await inTenant(sys, (tx) => repo.hasCases(tx, sys.role.organisasjonId))) return;
  const structure = await setupStandardArkiv(sys);
  const people = await ensureDemoPeople(sys, kortnavn);
  // The earlier, closed period first: its years come before the living archive's.
  await loadClosedPeriod(sys, kortnavn, files, people, structure);
  const arkivdelId = new Map((await listArkivdeler(sys)).map((d) => [d.kortnavn, d.id]));
  const cases = planArchive(kortnavn, options.caseCount, options.pdfEvery);
  await playTimeline(files, people, structure, (c) => arkivdelId.get(c.arkivdel), cases);
}
