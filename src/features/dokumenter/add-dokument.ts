import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { storeFor, type DocumentStores } from '../sikker-sone/document-stores.js';
import { journalpostForChange } from './document-access.js';
import { dokumentRepository as repo } from './dokument-repository.js';
import { defaultDokumentstatus, nextNumber, tilknyttetFor } from './domain/document-rules.js';
import { checkDokumentFields, type CheckedDokumentFields, type DokumentFields } from './domain/dokument-fields.js';
import { insertFileObject, registerStored } from './file-object.js';
import { enqueueTextExtraction } from './index-file-text.js';
import { getDokument, type DokumentView } from './list-dokumenter.js';
import { inheritedScreening } from '../tilgang/domain/inherit.js';
import { storeUpload, type StoredUpload, type Upload } from './upload.js';

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
  await inTenant(ctx, (tx) => journalpostForChange(tx, ctx, journalpostId, 'dokument'));
  const personsensitiv = input.personsensitiv === true;
  const files = storeFor(stores, { personsensitiv });
  const stored = await storeUpload(files, org, upload);
  const id = await registerStored(ctx, files, stored, () =>
    inTenant(ctx, (tx) => insertDokument(ctx, tx, journalpostId, fields, stored, personsensitiv)),
  );
  return getDokument(ctx, id);
}

/**
 * Inside the caller's transaction: the record checked for a document change
 * and locked, the dokumentbeskrivelse with the next number, and the stored
 * content as its version 1 (P). Also used where content already in the
 * store becomes a document (the reception queue's registration).
 */
export async function insertDokument(
  ctx: Ctx,
  tx: Tx,
  journalpostId: string,
  fields: CheckedDokumentFields,
  stored: StoredUpload,
  personsensitiv = false,
): Promise<string> {
  const org = ctx.role.organisasjonId;
  const journalpost = await journalpostForChange(tx, ctx, journalpostId, 'dokument', true);
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
    // A new document is screened as its record is (seed 001: «la dokumentet arve tilgangskode»).
    tilgangskode: journalpost.tilgangskode,
    skjermingshjemmel: journalpost.skjermingshjemmel,
    ...inheritedScreening(journalpost, true),
  });
  await insertFileObject(ctx, tx, { dokumentbeskrivelseId: dokument.id, versjonsnummer: 1, variantformat: 'P' }, stored);
  // Secure-zone files are never text-indexed.
  if (!personsensitiv) await enqueueTextExtraction(tx, org, stored);
  return dokument.id;
}
