import type { Ctx } from '../../shared/context.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import { saksmappeRepository as repo, type SaksmappeFilter } from './saksmappe-repository.js';

export type ListSaksmapperInput = Partial<SaksmappeFilter>;

export const MAX_PAGE = 200;

/** Cases of the active organisation, newest case number first, with filters and paging; screened ones in their public form unless the read rule allows. */
export function listSaksmapper(ctx: Ctx, input: ListSaksmapperInput = {}) {
  const limit = Math.min(Math.max(input.limit ?? 50, 1), MAX_PAGE);
  const offset = Math.max(input.offset ?? 0, 0);
  return inTenantAsReader(ctx, (tx, reader) => repo.list(tx, ctx.role.organisasjonId, { ...input, limit, offset }, reader));
}
