import type { Ctx } from '../../shared/context.js';
import { assertApprovedToFinish } from '../godkjenning/approved-to-finish.js';
import { enqueueArkivformat } from '../maler/arkivformat-job.js';
import { defineHandler, runActivity } from '../rutiner/run-activity.js';
import { journalpostForChange } from './document-access.js';
import { dokumentRepository as repo } from './dokument-repository.js';

/**
 * The routine's «Ferdigstill dokumentene»: every document of the record under
 * work (B) is finished (F) by the same rules as one document's B → F (the
 * change rule on its record, an awaited approval refuses), and each gets its
 * archival PDF/A variant queued, in the engine's transaction.
 */
export const ferdigstillDokumenterHandler = defineHandler('ferdigstill-dokumenter', async (ctx, tx, subject) => {
  const orgId = ctx.role.organisasjonId;
  await journalpostForChange(tx, ctx, subject.id, 'dokument', false, 'B');
  const docs = await repo.underArbeid(tx, orgId, subject.id, true);
  if (docs.length > 0) await assertApprovedToFinish(ctx, tx, subject.id);
  for (const d of docs) {
    await repo.updateDokumentbeskrivelse(tx, orgId, d.id, { dokumentstatus: 'F' });
    await enqueueArkivformat(tx, orgId, d);
  }
  return { ferdigstilt: docs.length };
});

export const ferdigstillDokumenter = (ctx: Ctx, journalpostId: string) =>
  runActivity(ctx, 'journalpost', journalpostId, 'ferdigstill-dokumenter', ferdigstillDokumenterHandler, {});
