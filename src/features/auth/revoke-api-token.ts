import { enterTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { apiTokenRepository as tokens } from './api-token-repository.js';

/**
 * Revokes an API token at once (the next request with it is refused). The
 * system owner may revoke any token of the organisation, others their own;
 * a token one may not revoke is "not found", like one that does not exist.
 * The row is kept, with who revoked it and when.
 */
export async function revokeApiToken(ctx: Ctx, id: string) {
  const orgId = ctx.role.organisasjonId;
  return ctx.db.transaction().execute(async (tx) => {
    const token = await tokens.find(tx, orgId, id);
    if (!token || (ctx.role.rolle !== 'SYS' && token.brukerId !== ctx.actor.brukerId)) {
      throw notFound({ nb: 'API-nøkkelen', en: 'API token' }, id);
    }
    const revoked = await tokens.revoke(tx, id, ctx.actor.brukerId, ctx.now());
    if (revoked) {
      await enterTenant(tx, ctx);
      await logChanges(tx, 'apiToken', id, { tilbakekaltDato: null }, { tilbakekaltDato: revoked.tilbakekalt_dato });
    }
  });
}
