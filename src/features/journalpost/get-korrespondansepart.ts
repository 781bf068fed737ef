import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { getJournalpost } from './get-journalpost.js';
import { journalpostRepository as repo } from './journalpost-repository.js';
import { recordPaging } from './record-pages.js';
import type { RecordView } from './record-views.js';

/**
 * One correspondence party, as its record shows it: the record's view
 * holding this party alone, so the record's presenter screens it by the
 * same read rule as on the record's page.
 */
export async function getKorrespondansepart(ctx: Ctx, id: string): Promise<RecordView> {
  const party = await inTenant(ctx, (tx) => repo.findKorrespondansepart(tx, ctx.role.organisasjonId, id));
  if (!party) throw notFound({ nb: 'korrespondanseparten', en: 'correspondence party' }, id);
  const view = await getJournalpost(ctx, party.journalpost_id, recordPaging.first(1));
  return { ...view, korrespondanseparter: [party], merknader: [] };
}
