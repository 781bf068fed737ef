import { inTenant } from '../../db/tenant.js';
import { authRepository } from '../auth/auth-repository.js';
import { toActiveRole } from '../auth/authenticate.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import type { Ctx } from '../../shared/context.js';
import type { PageRequest } from '../../shared/paging.js';
import { queueFilter, READ, type QueueView } from './list-mottak.js';
import { mottakRepository as repo, type MottakRow } from './mottak-repository.js';
import { requireArchive } from './receive-scans.js';

/** The most organisations one document centre serves in this view (a cap, far above the three of Solør). */
export const MAX_ORGANISATIONS = 50;

/**
 * The reception queues of every organisation where the reader is archivist
 * today, together (a document centre serving several municipalities, seed
 * 003): each organisation's queue read in its own tenant transaction under
 * that role, so row-level security holds as for one; merged by arrival.
 * A page reads at most `side × perSide` rows per organisation.
 */
export async function listMottakAlle(ctx: Ctx, view: QueueView, page: PageRequest) {
  requireArchive(ctx, READ);
  const roles = (await authRepository.listRoleAssignments(ctx.db, ctx.actor.brukerId, osloDate(ctx.now())))
    .filter((r) => r.rolle === 'ARK')
    .slice(0, MAX_ORGANISATIONS);
  const filter = queueFilter(view);
  const window = { limit: page.side * page.perSide, offset: 0 };
  const organisasjoner = [];
  const rows: (MottakRow & { antall_filer: number | string | null })[] = [];
  for (const role of roles) {
    const asArchivist = { ...ctx, role: toActiveRole(role) };
    const { rows: found, total } = await inTenant(asArchivist, (tx) => repo.page(tx, role.organisasjonId, filter, window));
    organisasjoner.push({
      id: role.organisasjonId,
      kortnavn: role.organisasjonKortnavn,
      navn: role.organisasjonNavn,
      rolletildelingId: role.id,
      antall: total,
    });
    rows.push(...found);
  }
  const sign = filter.nyesteFoerst ? -1 : 1;
  rows.sort((a, b) => sign * (a.mottatt_dato.getTime() - b.mottatt_dato.getTime()) || a.id.localeCompare(b.id));
  const start = (page.side - 1) * page.perSide;
  return {
    organisasjoner,
    rows: rows.slice(start, start + page.perSide),
    side: page.side,
    perSide: page.perSide,
    total: organisasjoner.reduce((n, o) => n + o.antall, 0),
  };
}
