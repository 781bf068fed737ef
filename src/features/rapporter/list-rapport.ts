import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import { backlogQuery, presentBacklogRow, presentGroup, readBacklog, scopeFor, type BacklogInput, type Rapport } from './backlog.js';

/**
 * The backlog list (restanseliste: I and N records not written off, per
 * organisation, unit and case worker, optionally leaving out the last N
 * weeks) or the due list (forfallsliste: those due by a date), a page at a
 * time with the counts per unit and case worker. Whose rows: the role's
 * scope; each row's title: the read rule.
 */
export async function listRapport(ctx: Ctx, rapport: Rapport, input: BacklogInput, page: PageRequest) {
  const today = osloDate(ctx.now());
  return inTenantAsReader(ctx, async (tx, reader) => {
    const q = backlogQuery(ctx, rapport, scopeFor(ctx, reader, input), input, today);
    const { rows, total, groups } = await readBacklog(tx, q, reader, windowOf(page), today);
    return {
      items: rows.map((r) => presentBacklogRow(r, today)),
      ...pageInfo(page, total),
      dato: today,
      journaldatoTil: q.journaldatoTil,
      forfallTil: q.forfallTil,
      oppsummering: groups.map(presentGroup),
    };
  });
}
