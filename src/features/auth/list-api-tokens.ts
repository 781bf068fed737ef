import type { Ctx } from '../../shared/context.js';
import { apiTokenRepository as tokens } from './api-token-repository.js';

/** The organisation's API tokens for the system owner; one's own tokens for anyone else. Secrets are never shown again. */
export function listApiTokens(ctx: Ctx) {
  const onlyOwn = ctx.role.rolle === 'SYS' ? undefined : ctx.actor.brukerId;
  return tokens.list(ctx.db, ctx.role.organisasjonId, onlyOwn);
}
