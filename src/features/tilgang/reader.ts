import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Reader } from './domain/read-rule.js';
import { tilgangRepository as repo } from './tilgang-repository.js';

const LEADERS = new Set(['LED', 'SF']);

/**
 * The reader of a request, built once inside its tenant transaction: the
 * active role, the units it leads (a leader's unit and all units under it)
 * and its access groups. Only the active role counts, as for every other
 * decision: a user who is also archivist reads as archivist only in that role.
 */
export async function loadReader(tx: Tx, ctx: Pick<Ctx, 'actor' | 'role'>): Promise<Reader> {
  const { organisasjonId: orgId, administrativEnhetId: enhet, rolle } = ctx.role;
  const [tilgangsgrupper, ledetEnheter] = await Promise.all([
    repo.groupsOf(tx, orgId, ctx.actor.brukerId),
    LEADERS.has(rolle) && enhet ? repo.unitAndBelow(tx, orgId, enhet) : Promise.resolve([]),
  ]);
  return { brukerId: ctx.actor.brukerId, rolle, ledetEnheter, tilgangsgrupper };
}
