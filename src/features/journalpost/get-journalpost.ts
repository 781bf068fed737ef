import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { journalpostRepository as repo } from './journalpost-repository.js';
import { loadCaseAccess } from '../tilgang/case-access.js';
import { recordPaging, type RecordPages } from './record-pages.js';
import { loadRecordViews, type RecordView } from './record-views.js';

/**
 * One record with its case numbers and a page of its parties and remarks
 * (with their totals); the presenter decides by the read rule what the reader sees.
 */
export async function getJournalpost(ctx: Ctx, id: string, pages: RecordPages = recordPaging.first()): Promise<RecordView> {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const record = await repo.find(tx, orgId, id);
    if (!record) throw notFound({ nb: 'journalposten', en: 'record' }, id);
    const saksmappe = (await cases.find(tx, orgId, record.saksmappe_id))!;
    const [view] = await loadRecordViews(tx, orgId, saksmappe, [record], await loadCaseAccess(tx, ctx, saksmappe.id), pages);
    return view!;
  });
}
