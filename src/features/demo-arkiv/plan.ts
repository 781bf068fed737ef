import { CASE_KINDS } from './case-kinds.js';
import type { CasePlan, RecordPlan } from './case-plan.js';
import { Prng, seedOf } from './prng.js';

/** The archive spans these days; fixed, so the archive is the same whatever day it is loaded. */
export const ARCHIVE_START = '2023-01-02';
export const ARCHIVE_END = '2026-10-30';
const DAY = 86_400_000;

export interface DatedRecord extends RecordPlan {
  dato: string;
  /** Own documents registered in the last weeks may still be drafts (R) or finished (F), not yet journalført. */
  sluttstatus: 'J' | 'R' | 'F';
  /** Only some records carry a PDF, to keep loading fast (see demo-arkiv/README in the report). */
  medPdf: boolean;
}

export interface DatedCase extends Omit<CasePlan, 'records'> {
  saksdato: string;
  records: DatedRecord[];
  /** Closed (A) once its last record is old enough; otherwise under treatment (B). */
  avsluttes: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const skipWeekend = (ms: number) => {
  const d = new Date(ms).getUTCDay();
  return d === 6 ? ms + 2 * DAY : d === 0 ? ms + DAY : ms;
};

/**
 * The whole archive of one organisation, worked out before anything is
 * written: cases spread over the years (a few more each year, as archives
 * grow), each record a few working days after the previous one, statuses as
 * in a living archive (older cases closed, recent ones open).
 */
export function planArchive(
  kortnavn: string,
  caseCount: number,
  pdfEvery: number,
  span: { seed: string; start: string; end: string } = { seed: kortnavn, start: ARCHIVE_START, end: ARCHIVE_END },
): DatedCase[] {
  const r = new Prng(seedOf(span.seed));
  const start = Date.parse(span.start);
  const end = Date.parse(span.end);
  const cases: DatedCase[] = [];
  let recordNo = 0;
  for (let i = 0; i < caseCount; i++) {
    const at = skipWeekend(start + Math.pow(r.next(), 0.8) * (end - start - 10 * DAY)); // a little denser towards today
    const aar = new Date(at).getUTCFullYear();
    const plan = r.weighted(CASE_KINDS)(r, aar);
    let t = at;
    const records: DatedRecord[] = [];
    for (const record of plan.records) {
      if (t > end) break;
      const recent = end - t < 30 * DAY;
      const own = record.type !== 'I';
      const sluttstatus = own && recent && r.chance(0.5) ? r.pick(['R', 'F'] as const) : 'J';
      const medPdf = (record.type === 'I' || record.type === 'U') && recordNo++ % pdfEvery === 0;
      records.push({ ...record, dato: iso(t), sluttstatus, medPdf });
      t = skipWeekend(t + r.int(2, 20) * DAY);
    }
    const last = Date.parse(records[records.length - 1]!.dato);
    const settled = records.every((x) => x.sluttstatus === 'J') && end - last > 90 * DAY;
    const avsluttes = settled && r.chance(0.9) ? iso(skipWeekend(Math.min(last + r.int(5, 40) * DAY, end))) : null;
    cases.push({ ...plan, saksdato: iso(at), records, avsluttes });
  }
  return cases.sort((a, b) => a.saksdato.localeCompare(b.saksdato));
}
