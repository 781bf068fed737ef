import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { storeFor, type DocumentStores } from '../sikker-sone/document-stores.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { journalpostForChange } from './document-access.js';
import { dokumentRepository as repo } from './dokument-repository.js';
import { defaultDokumentstatus, nextNumber, tilknyttetFor } from './domain/document-rules.js';
import { checkDokumentFields, type DokumentFields } from './domain/dokument-fields.js';
import { insertFileObject, registerStored } from './file-object.js';
import { indexFileText } from './index-file-text.js';
import { getDokument, type DokumentView } from './list-dokumenter.js';
import { storeUpload, type Upload } from './upload.js';

export interface AddDokumentInput extends DokumentFields {
  tittel: string;
  dokumenttype: string;
  /** Secure zone: the file goes straight into the encrypted store and its text is never indexed. */
  personsensitiv?: boolean | undefined;
}

/**
 * Attaches a new document to a record: a dokumentbeskrivelse with the next
 * dokumentnummer (the first is the main document, H; later ones attachments,
 * V) and its file as version 1 in production format (P). The file is
 * streamed into the store before the transaction, so the database is never
 * held while bytes arrive; the rules are checked before and again inside it.
 * A personsensitive document's file never touches the ordinary store.
 */
export async function addDokument(
  ctx: Ctx,
  stores: DocumentStores,
  journalpostId: string,
  input: AddDokumentInput,
  upload: Upload,
): Promise<DokumentView> {
  const fields = checkDokumentFields(input, true);
  const org = ctx.role.organisasjonId;
  await inTenant(ctx, (tx) => journalpostForChange(tx, ctx, journalpostId));
  const personsensitiv = input.personsensitiv === true;
  const files = storeFor(stores, { personsensitiv });
  const stored = await storeUpload(files, org, upload);
  const id = await registerStored(ctx, files, stored, () =>
    inTenant(ctx, async (tx) => {
      const journalpost = await journalpostForChange(tx, ctx, journalpostId, true);
      const numbers = await repo.documentNumbers(tx, org, journalpost.id);
      const dokument = await repo.insertDokumentbeskrivelse(tx, {
        organisasjon_id: org,
        journalpost_id: journalpost.id,
        tittel: fields.tittel!,
        dokumenttype: fields.dokumenttype!,
        dokumentstatus: fields.dokumentstatus ?? defaultDokumentstatus(journalpost.journalposttype),
        tilknyttet_registrering_som: tilknyttetFor(fields.tilknyttetRegistreringSom, numbers.hasHoveddokument),
        dokumentnummer: nextNumber(numbers.highest),
        tilknyttet_av: ctx.actor.brukerId,
        opprettet_av: ctx.actor.brukerId,
        personsensitiv,
      });
      await logChanges(
        ctx,
        tx,
        'dokumentbeskrivelse',
        dokument.id,
        {},
        {
          tittel: dokument.tittel,
          dokumenttype: dokument.dokumenttype,
          dokumentstatus: dokument.dokumentstatus,
          tilknyttetRegistreringSom: dokument.tilknyttet_registrering_som,
          ...(personsensitiv ? { personsensitiv: true } : {}),
        },
      );
      await insertFileObject(ctx, tx, { dokumentbeskrivelseId: dokument.id, versjonsnummer: 1, variantformat: 'P' }, stored);
      return dokument.id;
    }),
  );
  if (!personsensitiv) await indexFileText(ctx, files, stored);
  return getDokument(ctx, id);
}
