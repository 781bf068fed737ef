import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { caseAccessColumns, caseAccessFrom } from '../tilgang/case-access.js';
import { changeTargetColumns, changeTargetsFrom } from '../tilgang/change-access.js';
import { journalpostRepository as repo } from './journalpost-repository.js';
import { recordPaging, type RecordPages } from './record-pages.js';
import { loadRecordViews, type RecordView } from './record-views.js';

/**
 * One record with its case numbers and a page of its parties and remarks
 * (with their totals); the presenter decides by the read rule what the
 * reader sees. Four statements: the record with its names and its lists'
 * totals, its case with who reads and what the change rule needs, then
 * its parties and remarks.
 */
export async function getJournalpost(ctx: Ctx, id: string, pages: RecordPages = recordPaging.first()): Promise<RecordView> {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const record = await repo.findWithNames(tx, orgId, id);
    if (!record) throw notFound({ nb: 'journalposten', en: 'record' }, id);
    const extra = [...caseAccessColumns(ctx, record.saksmappe_id), ...changeTargetColumns(orgId, record.saksmappe_id)] as const;
    const { leser_grupper, leser_enheter, interne_kontakter, enhetstre, saksbehandlere, ...saksmappe } = (await cases.findWith(
      tx,
      orgId,
      record.saksmappe_id,
      extra,
    ))!;
    const access = caseAccessFrom(ctx, { leser_grupper, leser_enheter, interne_kontakter });
    const [view] = await loadRecordViews(
      tx,
      orgId,
      saksmappe,
      [record],
      access,
      changeTargetsFrom(enhetstre, saksbehandlere, saksmappe),
      pages,
    );
    return view!;
  });
}
