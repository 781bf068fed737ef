import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { checkSameZone, storeFor, type DocumentStores } from '../sikker-sone/document-stores.js';
import { dokumentForChange } from './document-access.js';
import { dokumentRepository as repo, type DokumentobjektRow } from './dokument-repository.js';
import { nextVersjonsnummer } from './domain/document-rules.js';
import { insertFileObject, registerStored } from './file-object.js';
import { logDocumentOnRecord } from './log-on-record.js';
import { enqueueTextExtraction } from './index-file-text.js';
import { storeUpload, type Upload } from './upload.js';

/** A new version of a document's content (production format, versjonsnummer + 1); earlier versions stay as they were. */
export async function addVersjon(
  ctx: Ctx,
  stores: DocumentStores,
  dokumentbeskrivelseId: string,
  upload: Upload,
): Promise<DokumentobjektRow> {
  const check = async (tx: Tx, lock: boolean) => {
    const { dokument } = await dokumentForChange(tx, ctx, dokumentbeskrivelseId, 'dokumentversjon', lock);
    return dokument;
  };
  const files = storeFor(stores, await inTenant(ctx, (tx) => check(tx, false)));
  const stored = await storeUpload(files, ctx.role.organisasjonId, upload);
  const objekt = await registerStored(ctx, files, stored, () =>
    inTenant(ctx, async (tx) => {
      const dokument = await check(tx, true);
      checkSameZone(stores, files, dokument);
      const versjonsnummer = nextVersjonsnummer(await repo.highestVersjon(tx, ctx.role.organisasjonId, dokument.id));
      const objekt = await insertFileObject(ctx, tx, { dokumentbeskrivelseId: dokument.id, versjonsnummer, variantformat: 'P' }, stored);
      await logDocumentOnRecord(tx, dokument.journalpost_id, dokument.dokumentnummer, versjonsnummer);
      if (files === stores.plain) await enqueueTextExtraction(tx, ctx.role.organisasjonId, stored);
      return objekt;
    }),
  );
  return objekt;
}
