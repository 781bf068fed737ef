import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { mottakRepository as repo, type QueueFilter } from './mottak-repository.js';
import { requireArchive } from './receive-scans.js';

/** Which part of the queue: the open post (new and unreadable), one status, or what is handled. */
export type QueueView = 'aapne' | 'ny' | 'uleselig' | 'behandlet';

export function queueFilter(view: QueueView): QueueFilter {
  if (view === 'aapne') return { statuser: ['ny', 'uleselig'] };
  if (view === 'behandlet') return { statuser: ['registrert', 'arkivbegrenset'], nyesteFoerst: true };
  return { statuser: [view] };
}

/** A page of the organisation's reception queue, for the archive only (seed 001: «Arkivet har ansvar for inngående post»). */
export async function listMottak(ctx: Ctx, view: QueueView, page: PageRequest) {
  requireArchive(ctx, READ);
  return pageOfQueue(ctx, queueFilter(view), page);
}

/** What was forwarded to the reader as not archive-worthy (arkivbegrensning), newest first. Anyone's own list. */
export async function listVideresendt(ctx: Ctx, page: PageRequest) {
  return pageOfQueue(ctx, { statuser: ['arkivbegrenset'], adressatBrukerId: ctx.actor.brukerId }, page);
}

async function pageOfQueue(ctx: Ctx, filter: QueueFilter, page: PageRequest) {
  const { rows, total } = await inTenant(ctx, (tx) => repo.page(tx, ctx.role.organisasjonId, filter, windowOf(page)));
  return { rows, ...pageInfo(page, total) };
}

export const READ = { nb: 'se postmottaket', en: 'read the reception queue' };
