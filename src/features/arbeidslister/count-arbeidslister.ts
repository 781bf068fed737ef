import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { arbeidslisteRepository as repo } from './arbeidsliste-repository.js';
import { worklistsOf } from './domain/worklists.js';
import { listOwnerOf } from './list-arbeidsliste.js';

/** The active role's worklists and how many rows each has (the start page), in one statement. */
export async function countArbeidslister(ctx: Ctx) {
  const lists = worklistsOf(ctx.role.rolle);
  const counts = await inTenant(ctx, (tx) => repo.counts(tx, lists, listOwnerOf(ctx, osloDate(ctx.now()))));
  return { items: lists.map((liste) => ({ liste, antall: counts[liste] ?? 0 })) };
}
