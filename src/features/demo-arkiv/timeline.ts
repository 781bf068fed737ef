import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { changeSaksstatus } from '../saksmappe/change-saksstatus.js';
import { createSaksmappe } from '../saksmappe/create-saksmappe.js';
import { at, type DemoPeople } from './people.js';
import type { DatedCase } from './plan.js';
import { registerDemoRecord } from './register-record.js';

/** Every planned case created, given its records and closed through the use cases, in date order. */
export async function playTimeline(
  files: DocumentStores,
  people: DemoPeople,
  structure: { gnrbnrId: string },
  arkivdelOf: (c: DatedCase) => string | undefined,
  cases: DatedCase[],
) {
  const ids = new Map<DatedCase, string>();
  for (const e of timeline(cases)) {
    const worker = people.worker.get(e.c.enhet)!;
    if (e.step === 'create') {
      const row = await createSaksmappe(at(people.archivist, e.dato), {
        arkivdelId: arkivdelOf(e.c),
        tittel: e.c.tittel,
        offentligTittel: e.c.offentligTittel ?? null,
        ...(e.c.tilgangskode ? { tilgangskode: e.c.tilgangskode } : {}),
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
