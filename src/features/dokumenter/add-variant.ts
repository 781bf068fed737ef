import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { checkSameZone, storeFor, type DocumentStores } from '../sikker-sone/document-stores.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { dokumentForChange } from './document-access.js';
import { dokumentRepository as repo, type DokumentobjektRow } from './dokument-repository.js';
import { checkVariantformat } from './domain/dokument-fields.js';
import { insertFileObject, registerStored } from './file-object.js';
import { enqueueTextExtraction } from './index-file-text.js';
import { storeUpload, type Upload } from './upload.js';

export interface AddVariantInput {
  /** A (arkivformat) or O (offentlig variant, with screened parts removed). */
  variantformat: string;
  /** The version the variant renders; the latest when left out. */
  versjonsnummer?: number | undefined;
}

/** Adds the archive-format or public variant of an existing version; each version has at most one of each. */
export async function addVariant(
  ctx: Ctx,
  stores: DocumentStores,
  dokumentbeskrivelseId: string,
  input: AddVariantInput,
  upload: Upload,
): Promise<DokumentobjektRow> {
  const variantformat = checkVariantformat(input.variantformat);
  const org = ctx.role.organisasjonId;
  const check = async (tx: Tx, lock: boolean, versjon: number | undefined) => {
    const { dokument } = await dokumentForChange(tx, ctx, dokumentbeskrivelseId, 'dokumentvariant', lock);
    const versjonsnummer = versjon ?? (await repo.highestVersjon(tx, org, dokument.id)) ?? 1;
    if (!(await repo.findVariant(tx, org, dokument.id, versjonsnummer, 'P'))) {
      throw notFound({ nb: `versjon ${versjonsnummer} av dokumentet`, en: `version ${versjonsnummer} of the document` });
    }
    if (await repo.findVariant(tx, org, dokument.id, versjonsnummer, variantformat)) {
      throw new DomainError('ALREADY_EXISTS', {
        nb: `Versjon ${versjonsnummer} har allerede variantformat ${variantformat}.`,
        en: `Version ${versjonsnummer} already has variant format ${variantformat}.`,
      });
    }
    return { dokument, versjonsnummer };
  };
  // The version is fixed by the first check, so a version added meanwhile does not shift the variant onto it.
  const { dokument, versjonsnummer } = await inTenant(ctx, (tx) => check(tx, false, input.versjonsnummer));
  const files = storeFor(stores, dokument);
  const stored = await storeUpload(files, org, upload);
  const objekt = await registerStored(ctx, files, stored, () =>
    inTenant(ctx, async (tx) => {
      const { dokument } = await check(tx, true, versjonsnummer);
      checkSameZone(stores, files, dokument);
      const objekt = await insertFileObject(ctx, tx, { dokumentbeskrivelseId: dokument.id, versjonsnummer, variantformat }, stored);
      if (files === stores.plain) await enqueueTextExtraction(tx, org, stored);
      return objekt;
    }),
  );
  return objekt;
}
