import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { insertMerknad } from '../saksmappe/relations.js';
import { applyJournalstatus } from './change-journalstatus.js';

/**
 * The archive voids a wrong record (status U) instead of deleting it: the
 * record, its numbers and its history stay, marked «Utgår». A reason, when
 * given, is kept as a remark.
 */
export async function voidJournalpost(ctx: Ctx, id: string, input: { begrunnelse?: string | null | undefined } = {}) {
  return inTenant(ctx, async (tx) => {
    const after = await applyJournalstatus(ctx, tx, id, 'U', 'utgaar');
    if (input.begrunnelse?.trim()) {
      await insertMerknad(ctx, tx, 'journalpost', id, { merknadstekst: input.begrunnelse, merknadstype: 'Utgår' });
    }
    return after;
  });
}
