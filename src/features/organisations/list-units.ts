import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { organisationRepository as repo } from './organisation-repository.js';

/** The active organisation's units; every role may see them (they are used when distributing post). */
export function listUnits(ctx: Ctx) {
  return inTenant(ctx, (tx) => repo.listUnits(tx, ctx.role.organisasjonId));
}
