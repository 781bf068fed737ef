import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { getJournalpost } from '../journalpost/get-journalpost.js';
import { recordPaging } from '../journalpost/record-pages.js';
import type { RecordView } from '../journalpost/record-views.js';
import { casePaging } from './case-pages.js';
import { getSaksmappe, type SaksmappeView } from './get-saksmappe.js';
import { relationsRepository as repo } from './relations-repository.js';

export type MerknadOwner = { type: 'saksmappe'; view: SaksmappeView } | { type: 'journalpost'; view: RecordView };

/**
 * One remark, as the case or record it is on shows it: that object's view
 * holding this remark alone, so its presenter screens the remark by the same
 * read rule as on its page.
 */
export async function getMerknad(ctx: Ctx, id: string): Promise<MerknadOwner> {
  const merknad = await inTenant(ctx, (tx) => repo.findMerknad(tx, ctx.role.organisasjonId, id));
  if (!merknad) throw notFound({ nb: 'merknaden', en: 'remark' }, id);
  if (merknad.objekt_type === 'journalpost') {
    const view = await getJournalpost(ctx, merknad.objekt_id, recordPaging.first(1));
    return { type: 'journalpost', view: { ...view, korrespondanseparter: [], merknader: [merknad] } };
  }
  const view = await getSaksmappe(ctx, merknad.objekt_id, casePaging.first(1));
  return { type: 'saksmappe', view: { ...view, parter: [], merknader: [merknad] } };
}
