import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { requireArchive } from './kassasjon-access.js';
import { kassasjonRepository as repo } from './kassasjon-repository.js';

/**
 * The archive puts a case under a legal hold, with the reason (litigation,
 * an inquiry), or lifts it with `null`: nothing of a held case is disposed
 * of (issue 17 item 2). Logged by the database (0080).
 */
export async function setRettsligHold(ctx: Ctx, saksmappeId: string, grunn: string | null) {
  requireArchive(ctx, { nb: 'sette rettslig hold', en: 'set a legal hold' });
  const hold = grunn?.trim() || null;
  return inTenant(ctx, async (tx) => {
    if (!(await repo.setRettsligHold(tx, ctx.role.organisasjonId, saksmappeId, hold))) {
      throw notFound({ nb: 'saken', en: 'the case' }, saksmappeId);
    }
    return { id: saksmappeId, rettsligHold: hold };
  });
}
