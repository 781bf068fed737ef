import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { allowedNextStatuses, type Journalposttype, type Journalstatus } from '../noark/domain/index.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { changeActorOf, loadChangeTargets } from '../tilgang/change-access.js';
import { mayChange } from '../tilgang/domain/change-rule.js';
import { journalpostRepository as repo } from './journalpost-repository.js';

/** The statuses the active role may move this record to, for the UI's buttons: none where the change rule refuses. */
export async function nextJournalstatuser(ctx: Ctx, id: string): Promise<Journalstatus[]> {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const record = await repo.find(tx, orgId, id);
    if (!record) throw notFound({ nb: 'journalposten', en: 'record' }, id);
    const targets = await loadChangeTargets(tx, orgId, (await cases.find(tx, orgId, record.saksmappe_id))!);
    if (!mayChange(changeActorOf(ctx), targets.journalpost(record), 'status').allowed) return [];
    // E is reached by «Ekspeder» (recipients, channels, write-offs: src/features/ekspedering), not by a bare status button.
    return allowedNextStatuses(
      'journalpost',
      record.journalposttype as Journalposttype,
      record.journalstatus as Journalstatus,
      ctx.role.rolle,
    ).filter((s) => s !== 'E');
  });
}
