import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { organisationRepository as repo } from './organisation-repository.js';

/**
 * Whether a first OIDC login may link to a user of this organisation by an
 * e-mail address the provider marks as verified. Off by default: turn it on
 * only when the provider verifies addresses in the organisation's own domain.
 */
export async function setOidcEmailLinking(ctx: Ctx, on: boolean): Promise<void> {
  requireRole(ctx, ['SYS'], { nb: 'endre innstillinger for innlogging', en: 'change login settings' });
  await repo.setOidcEmailLinking(ctx.db, ctx.role.organisasjonId, on);
}
