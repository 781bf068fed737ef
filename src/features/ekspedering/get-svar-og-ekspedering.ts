import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { besvarelseRepository as answers } from '../besvarelse/besvarelse-repository.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { ekspederingRepository as repo, MAX_MOTTAKERE } from './ekspedering-repository.js';

/**
 * A record's answers and dispatch, for its page: the records it answers and
 * is answered by, its write-offs, and its dispatch per recipient; with the
 * read rule's decision on the record and on each recipient's name (one
 * batch); before dispatch, its recipients with the channel proposed for
 * each. Six statements at most, whatever the counts.
 */
export async function getSvarOgEkspedering(ctx: Ctx, id: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const links = await answers.linksOf(tx, orgId, id);
    const ekspedering = await repo.ofRecord(tx, orgId, id);
    // Before dispatch, the recipients with the channel each would get: the «Ekspeder» dialog's proposal.
    const mottakere = ekspedering.length === 0 ? (await repo.recipients(tx, orgId, id)).slice(0, MAX_MOTTAKERE) : [];
    const partyIds = [...ekspedering.map((e) => e.korrespondansepart_id), ...mottakere.map((m) => m.id)];
    const access = await decideAccess(tx, ctx, [id, ...partyIds]);
    const record = access.get(id);
    if (!record) throw notFound({ nb: 'journalposten', en: 'record' }, id);
    return { ...links, ekspedering, mottakere, access, full: record.full };
  });
}
