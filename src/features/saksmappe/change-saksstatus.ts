import type { Tx } from '../../db/tenant.js';
import { runStatusStep } from '../rutiner/run-status-step.js';
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
  // The step's handler is this file's apply function, so the result is its row.
  return runStatusStep(ctx, 'saksmappe', id, input.saksstatus) as Promise<Awaited<ReturnType<typeof applySaksstatus>>>;
}

/** The status step itself, inside a given transaction: the routine's status activities run it (`saksstatusHandler`). */
export async function applySaksstatus(ctx: Ctx, tx: Tx, id: string, to: Saksstatus) {
  const orgId = ctx.role.organisasjonId;
  const before = await repo.findForUpdate(tx, orgId, id);
  if (!before) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
  const counts = await repo.recordStatusCounts(tx, orgId, id);
  const facts: ConditionFacts = {
    // Avskrivning comes with case work (phase 2); until records can be
    // written off there is no outstanding write-off to find.
    allRecordsWrittenOff: true,
    recordsFinished: counts.unfinished === 0,
    noActiveRecords: counts.active === 0,
  };
  // The change rule says on whose case; the table which transitions, for which roles.
  await checkChange(ctx, tx, 'status', before);
  checkTransition('saksmappe', null, before.saksstatus as Saksstatus, to, ctx.role.rolle, facts);
  const closing = to === 'A';
  const after = await repo.update(tx, orgId, id, {
    saksstatus: to,
    avsluttet_dato: closing ? ctx.now() : null,
    avsluttet_av: closing ? ctx.actor.brukerId : null,
  });
  if (closing) await archiveRecords(ctx, tx, id);
  return after;
}

/**
 * J → A for every journalført record of the case, set-based: the transition
 * is checked once per kind of record (type, documents finalised or not),
 * then one UPDATE archives them all (the database logs each row).
 */
async function archiveRecords(ctx: Ctx, tx: Tx, saksmappeId: string): Promise<void> {
  const orgId = ctx.role.organisasjonId;
  for (const kind of await records.journalfoertKinds(tx, orgId, saksmappeId)) {
    checkTransition('journalpost', kind.journalposttype as Journalposttype, 'J', 'A', ctx.role.rolle, {
      documentsFinalised: !kind.unfinished,
    });
  }
  await records.archiveJournalfoert(tx, orgId, saksmappeId, { arkivert_dato: ctx.now(), arkivert_av: ctx.actor.brukerId });
}
