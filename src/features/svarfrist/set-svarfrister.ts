import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { checkSvarfrister, type Svarfrister } from './domain/svarfrist.js';
import { SETS_SVARFRISTER } from './get-svarfrister.js';
import { svarfristRepository as repo } from './svarfrist-repository.js';

/** Sets the organisation's due-date periods for incoming post; each change is in the change log of the organisation. */
export async function setSvarfrister(ctx: Ctx, input: Partial<Svarfrister>): Promise<Svarfrister> {
  requireRole(ctx, SETS_SVARFRISTER, { nb: 'endre svarfristene', en: 'change the due-date periods' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const before = await repo.find(tx, orgId);
    const after = { ...before, ...input };
    checkSvarfrister(after);
    await repo.update(tx, orgId, after);
    await logChanges(tx, 'organisasjon', orgId, { ...before }, { ...after });
    return after;
  });
}
