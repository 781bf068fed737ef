import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { closeArkivdel } from '../arkivstruktur/close-arkivdel.js';
import { createArkivdel } from '../arkivstruktur/create-arkivdel.js';
import { listArkivdeler } from '../arkivstruktur/list-arkivdeler.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { demoArkivRepository as repo } from './demo-arkiv-repository.js';
import { at, type DemoPeople } from './people.js';
import { planArchive, type DatedCase } from './plan.js';
import { playTimeline } from './timeline.js';

/*
 * Issue 17 item 7: every demo organisation has an earlier period, closed, so
 * that an extraction (npx saksgang uttrekk --org …), its self-check and an
 * import can be tried at once on a fresh start. A small case archive of
 * 2016–2019 (arkivdel SAK2016), every record journalført and every case
 * closed, handed over to the living archive's part SAK and closed.
 */

export const CLOSED_PERIOD = {
  kortnavn: 'SAK2016',
  tittel: 'Sakarkiv 2016–2019',
  start: '2016-01-01',
  slutt: '2019-12-31',
  /** How many cases are planned; only the case-archive kinds among them are kept. */
  caseCount: 24,
} as const;

const DAY = 86_400_000;

/** The period's cases: the case archive's kinds only, each record journalført, each case closed within the period. */
export function planClosedPeriod(kortnavn: string): DatedCase[] {
  const cases = planArchive(kortnavn, CLOSED_PERIOD.caseCount, 2, {
    seed: `${kortnavn}-${CLOSED_PERIOD.kortnavn}`,
    start: '2016-01-04',
    end: '2019-10-31',
  });
  return cases
    .filter((c) => c.arkivdel === 'SAK')
    .map((c, i) => {
      const last = c.records.at(-1)!.dato;
      const closing = new Date(Math.min(Date.parse(last) + 14 * DAY, Date.parse('2019-12-20'))).toISOString().slice(0, 10);
      // Cases about a person are screened (and the first case, so every organisation's period holds screened content).
      const screened = i === 0 || c.records.some((r) => r.part.skjermet);
      return {
        ...c,
        ...(screened ? { tilgangskode: 'U' } : {}),
        records: c.records.map((r) => ({ ...r, sluttstatus: 'J' as const })),
        avsluttes: c.avsluttes ?? closing,
      };
    });
}

export async function loadClosedPeriod(
  sys: Ctx,
  kortnavn: string,
  files: DocumentStores,
  people: DemoPeople,
  structure: { arkivId: string; arkivnoekkelId: string; gnrbnrId: string },
) {
  const org = sys.role.organisasjonId;
  const del = await createArkivdel(sys, {
    arkivId: structure.arkivId,
    kortnavn: CLOSED_PERIOD.kortnavn,
    tittel: CLOSED_PERIOD.tittel,
    beskrivelse: 'Sakarkivet før 2020, periodisert hvert fjerde år; avsluttet og klar for deponering.',
    arkivperiodeStartDato: CLOSED_PERIOD.start,
    primaerKlassifikasjonssystemId: structure.arkivnoekkelId,
    sekundaereKlassifikasjonssystemIder: [structure.gnrbnrId],
  });
  await playTimeline(files, people, structure, () => del.id, planClosedPeriod(kortnavn));
  const sak = (await listArkivdeler(sys)).find((d) => d.kortnavn === 'SAK');
  await inTenant(sys, (tx) => repo.endDemoPeriod(tx, org, del.id, CLOSED_PERIOD.slutt, sak!.id));
  await closeArkivdel(at(people.archivist, '2020-02-03'), del.id);
}
