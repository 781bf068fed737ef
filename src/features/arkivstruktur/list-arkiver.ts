import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';

/** The active organisation's archives; every role may read the structure. */
export function listArkiver(ctx: Ctx) {
  return inTenant(ctx, (tx) => repo.listArkiver(tx, ctx.role.organisasjonId));
}
