import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { dokumentForChange } from './document-access.js';
import { dokumentRepository as repo } from './dokument-repository.js';
import { checkDokumentstatusChange } from './domain/document-rules.js';
import { checkDokumentFields } from './domain/dokument-fields.js';
import { getDokument, type DokumentView } from './list-dokumenter.js';
import { enqueueArkivformat } from '../maler/arkivformat-job.js';
import { assertApprovedToFinish } from '../godkjenning/approved-to-finish.js';

export interface UpdateDokumentbeskrivelseInput {
  tittel?: string | undefined;
  dokumenttype?: string | undefined;
  /** Only B → F (finalise). */
  dokumentstatus?: string | undefined;
}

/** Changes a document's description; every changed field goes to the change log in the same transaction. */
export async function updateDokumentbeskrivelse(
  ctx: Ctx,
  dokumentbeskrivelseId: string,
  input: UpdateDokumentbeskrivelseInput,
): Promise<DokumentView> {
  const fields = checkDokumentFields(
    { tittel: input.tittel, dokumenttype: input.dokumenttype, dokumentstatus: input.dokumentstatus },
    false,
  );
  await inTenant(ctx, async (tx) => {
    const { dokument } = await dokumentForChange(tx, ctx, dokumentbeskrivelseId, 'dokument', true);
    if (fields.dokumentstatus) checkDokumentstatusChange(dokument.dokumentstatus, fields.dokumentstatus);
    if (fields.dokumentstatus === 'F' && dokument.dokumentstatus !== 'F') await assertApprovedToFinish(ctx, tx, dokument.journalpost_id);
    const patch = {
      ...(fields.tittel !== undefined && { tittel: fields.tittel }),
      ...(fields.dokumenttype !== undefined && { dokumenttype: fields.dokumenttype }),
      ...(fields.dokumentstatus !== undefined && { dokumentstatus: fields.dokumentstatus }),
    };
    if (Object.keys(patch).length === 0) return;
    await repo.updateDokumentbeskrivelse(tx, ctx.role.organisasjonId, dokument.id, patch);
    // Finished (B → F): its archival PDF/A variant is made in the background, committed with the status.
    if (fields.dokumentstatus === 'F' && dokument.dokumentstatus !== 'F') await enqueueArkivformat(tx, ctx.role.organisasjonId, dokument);
  });
  return getDokument(ctx, dokumentbeskrivelseId);
}
