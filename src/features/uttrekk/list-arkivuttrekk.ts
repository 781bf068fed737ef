import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { UTTREKK_ROLES } from './export-arkivuttrekk.js';
import { uttrekkRepository as runs } from './uttrekk-repository.js';

/** The organisation's extractions, newest first, or those of one arkivdel: what the archive's Arkivdeler page shows and polls. */
export async function listArkivuttrekk(ctx: Ctx, filter: { arkivdelId?: string | undefined; limit: number }) {
  requireRole(ctx, UTTREKK_ROLES, { nb: 'se arkivuttrekk', en: 'see archival extractions' });
  return inTenant(ctx, (tx) => runs.list(tx, ctx.role.organisasjonId, filter));
}
