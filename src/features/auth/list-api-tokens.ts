import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { apiTokenRepository as tokens } from './api-token-repository.js';

/**
 * A page of the organisation's API tokens for the system owner, of one's own
 * for anyone else, newest first (revoked and expired ones stay listed, so the
 * list grows with use). Secrets are never shown again.
 */
export async function listApiTokens(ctx: Ctx, page: PageRequest) {
  const onlyOwn = ctx.role.rolle === 'SYS' ? undefined : ctx.actor.brukerId;
  const { rows, total } = await tokens.page(ctx.db, ctx.role.organisasjonId, onlyOwn, windowOf(page));
  return { items: rows, ...pageInfo(page, total) };
}
