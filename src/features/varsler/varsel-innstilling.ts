import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { varselRepository as repo } from './varsel-repository.js';

/** The user's choice, in the active organisation, of notifications by e-mail too, and the address they would go to. */
export function getVarselInnstilling(ctx: Ctx) {
  return inTenant(ctx, (tx) => repo.setting(tx, ctx.role.organisasjonId, ctx.actor.brukerId));
}

/**
 * Turns e-mail notifications on or off for oneself (issue 13 item 4: «if
 * they choose, by e-mail»). On needs an address on the user.
 */
export function setVarselInnstilling(ctx: Ctx, input: { epost: boolean }) {
  return inTenant(ctx, async (tx) => {
    const orgId = ctx.role.organisasjonId;
    const current = await repo.setting(tx, orgId, ctx.actor.brukerId);
    if (input.epost && !current.epostadresse) {
      throw fieldError('epost', 'krever at brukeren har en e-postadresse', 'needs an e-mail address on the user');
    }
    await repo.setEmail(tx, orgId, ctx.actor.brukerId, input.epost);
    return { ...current, epost: input.epost };
  });
}
