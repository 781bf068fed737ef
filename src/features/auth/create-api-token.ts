import { enterTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, fieldError, notFound } from '../../shared/errors.js';
import { newSecret, sha256 } from '../../shared/tokens.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { organisationRepository as orgRepo } from '../organisations/organisation-repository.js';
import { apiTokenRepository as tokens } from './api-token-repository.js';
import { tokenLogValues } from './api-token-log.js';

/** Every API token starts so: the Noark 5 API tells it from a session's bearer token by it (src/http/auth-hook.ts). */
export const API_TOKEN_PREFIX = 'sg_';

export interface TokenLifetime {
  defaultDays: number;
  maxDays: number;
}

export interface CreateApiTokenInput {
  navn: string;
  rolletildelingId: string;
  gyldigDager?: number | undefined;
  lifetime: TokenLifetime;
}

/**
 * Creates an API token acting in one role assignment of the active
 * organisation. No impersonation: the assignment must be the creator's own,
 * or belong to a dedicated integration user (a user that cannot log in).
 * Every token expires; the secret is shown once and only its hash is kept.
 */
export async function createApiToken(ctx: Ctx, input: CreateApiTokenInput) {
  requireRole(ctx, ['SYS'], { nb: 'opprette API-nøkler', en: 'create API tokens' });
  const days = input.gyldigDager ?? input.lifetime.defaultDays;
  if (days > input.lifetime.maxDays) {
    throw fieldError('gyldigDager', `kan være høyst ${input.lifetime.maxDays} dager`, `may be at most ${input.lifetime.maxDays} days`);
  }
  const orgId = ctx.role.organisasjonId;
  return ctx.db.transaction().execute(async (tx) => {
    const assignment = await orgRepo.findRoleAssignmentById(tx, orgId, input.rolletildelingId);
    if (!assignment) throw notFound({ nb: 'rolletildelingen', en: 'role assignment' }, input.rolletildelingId);
    const owner = (await orgRepo.findUserById(tx, assignment.bruker_id))!;
    if (owner.id !== ctx.actor.brukerId && !owner.integrasjon) {
      throw accessDenied({
        nb: 'En API-nøkkel kan bare lages for din egen rolle, eller for en egen integrasjonsbruker.',
        en: 'An API token can only be made for your own role, or for a dedicated integration user.',
      });
    }
    const token = newSecret(API_TOKEN_PREFIX);
    const utloper = new Date(ctx.now().getTime() + days * 86_400_000);
    const row = await tokens.insert(tx, {
      navn: input.navn,
      tokenHash: sha256(token),
      rolletildelingId: assignment.id,
      utloper,
      opprettetAv: ctx.actor.brukerId,
    });
    await enterTenant(tx, ctx);
    await logChanges(tx, 'apiToken', row.id, {}, tokenLogValues(row.navn, owner.brukernavn, assignment.rolle, utloper));
    return { ...row, token };
  });
}
