import type { Ctx } from '../../shared/context.js';
import { makePdf } from '../dokumenter/make-pdf.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import { backlogQuery, presentBacklogRow, scopeFor, type BacklogInput, type Rapport } from './backlog.js';
import type { BacklogQuery } from './rapport-repository.js';
import { rapportRepository as repo } from './rapport-repository.js';
import { toCsv, toPdfText, type ReportLine } from './domain/report-files.js';

/** The most rows a downloaded report holds; the file says when it was cut (a unit's backlog is far below it). */
export const EXPORT_CAP = 5_000;

export type Format = 'csv' | 'pdf';

const NAVN: Record<Rapport, string> = { restanseliste: 'Restanseliste', forfallsliste: 'Forfallsliste' };

/** What the list was taken on, in words, for the file's heading. */
export function basisText(q: BacklogQuery): string {
  if (q.forfallTil) return `Ikke avskrevne inngående dokumenter og N-notater med forfall til og med ${q.forfallTil}.`;
  return q.journaldatoTil
    ? `Ikke avskrevne inngående dokumenter og N-notater journalført til og med ${q.journaldatoTil}.`
    : 'Alle ikke avskrevne inngående dokumenter og N-notater.';
}

export function reportLines(rows: ReturnType<typeof presentBacklogRow>[]): ReportLine[] {
  return rows.map((r) => ({ ...r, enhet: r.enhet?.navn ?? '', saksbehandler: r.saksbehandler?.navn ?? '' }));
}

/** The file of a backlog or due list: its rows (read rule and scope as on screen), at most EXPORT_CAP. */
export async function renderReport(
  title: string,
  q: BacklogQuery,
  rows: ReturnType<typeof presentBacklogRow>[],
  format: Format,
  dato: string,
) {
  const cut = rows.length > EXPORT_CAP ? EXPORT_CAP : undefined;
  const lines = reportLines(rows.slice(0, EXPORT_CAP));
  if (format === 'csv') return Buffer.from(toCsv(lines, cut), 'utf8');
  return Buffer.from(await makePdf(toPdfText({ tittel: title, dato, grunnlag: basisText(q) }, lines, cut), title));
}

/** A backlog or due list as CSV or PDF, with its file name («restanseliste-2026-12-01.csv»). */
export async function exportRapport(ctx: Ctx, rapport: Rapport, input: BacklogInput, format: Format) {
  const today = osloDate(ctx.now());
  const { q, rows } = await inTenantAsReader(ctx, async (tx, reader) => {
    const q = backlogQuery(ctx, rapport, scopeFor(ctx, reader, input), input, today);
    // One more than the cap, so the file can say it was cut.
    const page = await repo.page(tx, q, reader, { limit: EXPORT_CAP + 1, offset: 0 });
    return { q, rows: page.rows.map((r) => presentBacklogRow(r, today)) };
  });
  return {
    filnavn: `${rapport}-${today}.${format}`,
    mimeType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
    body: await renderReport(NAVN[rapport], q, rows, format, today),
  };
}
