import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';

/** The active organisation's classification systems; every role may read them. */
export function listKlassifikasjonssystemer(ctx: Ctx) {
  return inTenant(ctx, (tx) => repo.listKlassifikasjonssystemer(tx, ctx.role.organisasjonId));
}
