import type { Ctx } from '../../shared/context.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import { GROUP_CAP, scopeFor } from './backlog.js';
import { monthRange, type ReportFilter } from './domain/report-scope.js';
import { rapportRepository as repo } from './rapport-repository.js';

/**
 * The leader's monthly view (seed 001, restanseoppfølging step 3: «Leder
 * sørger for å få avskrevet restanser»): per case worker of the units in
 * scope, the I and N records received in the month, those written off in it,
 * the backlog now and how much of it is overdue. Counts only: no titles.
 */
export async function getMaanedsoversikt(ctx: Ctx, input: ReportFilter & { maaned?: string | undefined }) {
  const today = osloDate(ctx.now());
  const maaned = input.maaned ?? today.slice(0, 7);
  return inTenantAsReader(ctx, async (tx, reader) => {
    const rows = await repo.month(tx, ctx.role.organisasjonId, scopeFor(ctx, reader, input), monthRange(maaned), today, GROUP_CAP);
    return {
      maaned,
      items: rows.map((r) => ({
        saksbehandler: r.saksbehandler_id ? { id: r.saksbehandler_id, navn: r.saksbehandler_navn ?? '' } : null,
        mottatt: Number(r.mottatt),
        avskrevet: Number(r.avskrevet),
        restanser: Number(r.restanser),
        overFrist: Number(r.over_frist),
      })),
    };
  });
}
