import { inTenant } from '../../db/tenant.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import type { Ctx } from '../../shared/context.js';
import { setupStandardArkiv } from '../arkivstruktur/setup-standard-arkiv.js';
import { listArkivdeler } from '../arkivstruktur/list-arkivdeler.js';
import { changeSaksstatus } from '../saksmappe/change-saksstatus.js';
import { createSaksmappe } from '../saksmappe/create-saksmappe.js';
import { demoArkivRepository as repo } from './demo-arkiv-repository.js';
import { at, ensureDemoPeople } from './people.js';
import { planArchive, type DatedCase } from './plan.js';
import { registerDemoRecord } from './register-record.js';

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
  const arkivdelId = new Map((await listArkivdeler(sys)).map((d) => [d.kortnavn, d.id]));
  const people = await ensureDemoPeople(sys, kortnavn);
  const ids = new Map<DatedCase, string>();
  for (const e of timeline(planArchive(kortnavn, options.caseCount, options.pdfEvery))) {
    const worker = people.worker.get(e.c.enhet)!;
    if (e.step === 'create') {
      const row = await createSaksmappe(at(people.archivist, e.dato), {
        arkivdelId: arkivdelId.get(e.c.arkivdel),
        tittel: e.c.tittel,
        offentligTittel: e.c.offentligTittel ?? null,
        saksdato: e.dato,
        administrativEnhetId: people.unitId.get(e.c.enhet),
        saksansvarligId: worker.actor.brukerId,
        primaerKlasse: e.c.klasse,
        sekundaerKlasser: e.c.gnrbnr ? [{ klassifikasjonssystemId: structure.gnrbnrId, verdi: e.c.gnrbnr }] : [],
        parter: e.c.part ? [{ partNavn: e.c.part, partRolle: e.c.arkivdel === 'SAK' ? 'Søker' : 'Den saken gjelder' }] : [],
      });
      ids.set(e.c, row.id);
    } else if (e.step === 'record') {
      await registerDemoRecord(files, people.archivist, worker, ids.get(e.c)!, e.c.records[e.index]!);
    } else {
      await changeSaksstatus(at(people.archivist, e.dato), ids.get(e.c)!, { saksstatus: 'A' });
    }
  }
}

type Event = { dato: string; c: DatedCase } & ({ step: 'create' } | { step: 'record'; index: number } | { step: 'close' });

/** Every case's creation, records and closing, in date order (creation before records before closing on the same day). */
function timeline(cases: DatedCase[]): Event[] {
  const events: Event[] = [];
  for (const c of cases) {
    events.push({ dato: c.saksdato, c, step: 'create' });
    c.records.forEach((r, index) => events.push({ dato: r.dato, c, step: 'record', index }));
    if (c.avsluttes) events.push({ dato: c.avsluttes, c, step: 'close' });
  }
  const phase = { create: 0, record: 1, close: 2 };
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.dato.localeCompare(b.e.dato) || phase[a.e.step] - phase[b.e.step] || a.i - b.i)
    .map(({ e }) => e);
}
