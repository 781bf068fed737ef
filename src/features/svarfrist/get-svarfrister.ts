import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Rolle } from '../../shared/roles.js';
import type { Svarfrister } from './domain/svarfrist.js';
import { svarfristRepository as repo } from './svarfrist-repository.js';

/** The archive keeps the reception routine, the system owner the organisation's settings. */
export const SETS_SVARFRISTER: readonly Rolle[] = ['ARK', 'SYS'];

/** The organisation's due-date periods, which every registrar sees (the form shows the due date a letter will get). */
export async function getSvarfrister(ctx: Ctx): Promise<Svarfrister & { kanEndre: boolean }> {
  const frister = await inTenant(ctx, (tx) => repo.find(tx, ctx.role.organisasjonId));
  return { ...frister, kanEndre: SETS_SVARFRISTER.includes(ctx.role.rolle) };
}
