import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { arkivstrukturRepository as structure } from './arkivstruktur-repository.js';
import { logged } from './close-arkivperiode.js';
import { checkMayClose } from './domain/periode.js';
import { periodeRepository as periods } from './periode-repository.js';

/**
 * Ends a part's overlap: O → P (avsluttet periode), refused while it still
 * holds an open case (krav 6.2.7). From then on its cases are closed for
 * good and nothing is added to it (krav 6.2.6). The archive's work.
 */
export async function closeArkivdel(ctx: Ctx, id: string) {
  requireRole(ctx, ['ARK'], { nb: 'avslutte arkivdeler', en: 'close archive parts' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const del = await structure.findArkivdel(tx, orgId, id);
    if (!del) throw notFound({ nb: 'arkivdelen', en: 'archive part' }, id);
    checkMayClose(del, await periods.countOpenCases(tx, orgId, id));
    const after = await periods.updateArkivdel(tx, orgId, id, {
      arkivdelstatus: 'P',
      avsluttet_dato: ctx.now(),
      avsluttet_av: ctx.actor.brukerId,
    });
    await logChanges(tx, 'arkivdel', id, logged(del), logged(after));
    return after;
  });
}
