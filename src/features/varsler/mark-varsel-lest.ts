import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { varselRepository as repo } from './varsel-repository.js';

/** Marks one of the user's own notifications read; someone else's is «not found». */
export async function markVarselLest(ctx: Ctx, id: string) {
  const found = await inTenant(ctx, (tx) => repo.markRead(tx, ctx.role.organisasjonId, ctx.actor.brukerId, id));
  if (!found) throw notFound({ nb: 'varselet', en: 'notification' }, id);
  return { id };
}
