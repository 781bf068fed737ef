import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { saksforlopRepository as repo } from './saksforlop-repository.js';

export type SaksforlopPage = Awaited<ReturnType<typeof listSaksforlop>>;

/**
 * A page of a case's timeline (saksforløp), oldest first, with the read
 * rule's answer for each record and recipient on the page: three
 * statements whatever the case's size (the case, the page, the access).
 */
export function listSaksforlop(ctx: Ctx, saksmappeId: string, page: PageRequest) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const saksmappe = await cases.find(tx, orgId, saksmappeId);
    if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, saksmappeId);
    const { rows, total } = await repo.page(tx, orgId, saksmappeId, windowOf(page));
    const ids = rows.flatMap((r) => [r.journalpost_id, r.part_id]).filter((id): id is string => id !== null);
    const access = await decideAccess(tx, ctx, ids);
    return { saksmappe, items: rows, access, ...pageInfo(page, total) };
  });
}
