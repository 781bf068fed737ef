import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { checkTransition, type ConditionFacts, type Journalposttype, type Saksstatus } from '../noark/domain/index.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';
import { checkChange } from '../tilgang/change-access.js';

/**
 * Moves a case through its lifecycle (transition table, checked by
 * `checkTransition`). Closing (A) records who closed it and archives its
 * journalførte records (J → A), which freezes them; reopening (A → B) clears
 * the closing. Both logged.
 */
export async function changeSaksstatus(ctx: Ctx, id: string, input: { saksstatus: Saksstatus }) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const before = await repo.findForUpdate(tx, orgId, id);
    if (!before) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    const statuses = await repo.listRecordStatuses(tx, orgId, id);
    const facts: ConditionFacts = {
      // Avskrivning comes with case work (phase 2); until records can be
      // written off there is no outstanding write-off to find.
      allRecordsWrittenOff: true,
      recordsFinished: statuses.every((r) => ['J', 'A', 'U'].includes(r.journalstatus)),
      noActiveRecords: statuses.every((r) => r.journalstatus === 'U'),
    };
    // The change rule says on whose case; the table which transitions, for which roles.
    await checkChange(ctx, tx, 'status', before);
    checkTransition('saksmappe', null, before.saksstatus as Saksstatus, input.saksstatus, ctx.role.rolle, facts);
    const closing = input.saksstatus === 'A';
    const after = await repo.update(tx, orgId, id, {
      saksstatus: input.saksstatus,
      avsluttet_dato: closing ? ctx.now() : null,
      avsluttet_av: closing ? ctx.actor.brukerId : null,
    });
    if (closing)
      await archiveRecords(
        ctx,
        tx,
        statuses.filter((r) => r.journalstatus === 'J').map((r) => r.id),
      );
    return after;
  });
}

async function archiveRecords(ctx: Ctx, tx: Tx, ids: string[]): Promise<void> {
  const orgId = ctx.role.organisasjonId;
  const unfinished = await records.withUnfinishedDocuments(tx, orgId, ids);
  for (const id of ids) {
    const record = await records.find(tx, orgId, id);
    if (!record) continue;
    checkTransition('journalpost', record.journalposttype as Journalposttype, 'J', 'A', ctx.role.rolle, {
      documentsFinalised: !unfinished.has(id),
    });
    await records.update(tx, orgId, id, { journalstatus: 'A', arkivert_dato: ctx.now(), arkivert_av: ctx.actor.brukerId });
  }
}
