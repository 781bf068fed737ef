import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { newSecret, sha256 } from '../../shared/tokens.js';
import { organisationRepository as orgRepo } from '../organisations/organisation-repository.js';
import { authRepository as repo } from './auth-repository.js';

export interface CreateApiTokenInput {
  navn: string;
  rolletildelingId: string;
  gyldigDager?: number | undefined;
}

/**
 * Creates an API token that acts in one role assignment of the active
 * organisation. The token is shown once; only its hash is stored.
 */
export async function createApiToken(ctx: Ctx, input: CreateApiTokenInput) {
  requireRole(ctx, ['SYS'], { nb: 'opprette API-nøkler', en: 'create API tokens' });
  const assignment = await inTenant(ctx, (tx) => orgRepo.findRoleAssignmentById(tx, ctx.role.organisasjonId, input.rolletildelingId));
  if (!assignment) throw notFound({ nb: 'rolletildelingen', en: 'role assignment' }, input.rolletildelingId);
  const token = newSecret('sg_');
  const utloper = input.gyldigDager ? new Date(ctx.now().getTime() + input.gyldigDager * 86_400_000) : null;
  const row = await repo.insertApiToken(ctx.db, { navn: input.navn, tokenHash: sha256(token), rolletildelingId: assignment.id, utloper });
  return { ...row, token };
}
