import type { Ctx, SystemCtx } from '../../shared/context.js';
import { SYSTEM_BRUKER_ID } from '../../shared/system-actor.js';

/**
 * The system acting as the organisation's archive: an access request that
 * arrives without anyone logged in (the public page, the mailbox, eInnsyn)
 * is registered as the archive registers incoming post, by the system user.
 */
export function archiveSystemCtx(ctx: SystemCtx, organisasjonId: string): Ctx {
  return {
    ...ctx,
    actor: { brukerId: SYSTEM_BRUKER_ID, brukernavn: 'system', navn: 'Saksgang (system)' },
    role: { rolletildelingId: SYSTEM_BRUKER_ID, organisasjonId, administrativEnhetId: null, rolle: 'ARK' },
  };
}
