import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { dokumentForChange } from '../dokumenter/document-access.js';
import { arkivformatRepository as repo } from './arkivformat-repository.js';

/**
 * The archive's reasoned exception for a document kept without an archival
 * variant (a conversion that cannot succeed, a format kept on purpose): the
 * document no longer holds back journalføring or closing. `null` withdraws
 * it. The archive only; allowed where it may add an archival variant
 * (the change rule's 'dokumentvariant'). Logged by the database (0077).
 */
export async function setArkivformatUnntak(ctx: Ctx, dokumentbeskrivelseId: string, begrunnelse: string | null) {
  requireRole(ctx, ['ARK'], { nb: 'gjøre unntak fra arkivformat', en: 'make an exception from the archival format' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    await dokumentForChange(tx, ctx, dokumentbeskrivelseId, 'dokumentvariant');
    const unntak = begrunnelse?.trim() || null;
    await repo.setUnntak(tx, orgId, dokumentbeskrivelseId, unntak);
    return { id: dokumentbeskrivelseId, arkivformatUnntak: unntak };
  });
}
