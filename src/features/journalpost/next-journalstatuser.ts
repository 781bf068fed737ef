import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { allowedNextStatuses, type Journalposttype, type Journalstatus } from '../noark/domain/index.js';
import { journalpostRepository as repo } from './journalpost-repository.js';

/** The statuses the active role may move this record to, for the UI's buttons. */
export async function nextJournalstatuser(ctx: Ctx, id: string): Promise<Journalstatus[]> {
  const record = await inTenant(ctx, (tx) => repo.find(tx, ctx.role.organisasjonId, id));
  if (!record) throw notFound({ nb: 'journalposten', en: 'record' }, id);
  return allowedNextStatuses(
    'journalpost',
    record.journalposttype as Journalposttype,
    record.journalstatus as Journalstatus,
    ctx.role.rolle,
  );
}
