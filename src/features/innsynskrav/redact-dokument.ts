import { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import { insertFileObject, registerStored } from '../dokumenter/file-object.js';
import { enqueueTextExtraction } from '../dokumenter/index-file-text.js';
import { storeUpload } from '../dokumenter/upload.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { checkRektangler, type Rektangel } from './domain/raster.js';
import { innsynskravRepository as repo, type DelDokumentRow } from './innsynskrav-repository.js';
import { decidableDel } from './load-innsynskrav.js';
import { burnRedactions, pageCount } from './pdf-pages.js';

export interface SladdingInput {
  dokumentbeskrivelseId: string;
  rektangler: readonly (Rektangel & { side: number })[];
}

/** At most this many marks in one document. */
export const MAX_REKTANGLER = 500;

/** A requested record's document as PDF, for the redaction tool and its page images. */
export async function requestedPdf(ctx: Ctx, stores: DocumentStores, id: string, delId: string, dokumentbeskrivelseId: string) {
  // Only a document the decider reads in full (the read rule on its record and on itself).
  const dokument = await inTenantAsReader(ctx, async (tx, reader) => {
    const { del } = await decidableDel(tx, ctx, id, delId);
    const dokumenter = await repo.dokumenter(tx, ctx.role.organisasjonId, [del.journalpost_id], reader);
    return dokumenter.find((d) => d.id === dokumentbeskrivelseId);
  });
  if (!dokument) throw notFound({ nb: 'dokumentet i journalposten', en: 'the document of the record' }, dokumentbeskrivelseId);
  return { dokument, pdf: await readPdf(stores, ctx.role.organisasjonId, dokument) };
}

async function readPdf(stores: DocumentStores, org: string, d: DelDokumentRow): Promise<Buffer> {
  if (d.personsensitiv) {
    throw new DomainError('SECURE_ZONE_NO_EMAIL', {
      nb: 'Dokumentet ligger i sikker sone og kan ikke sendes ut; gi avslag eller delvis innsyn uten dette dokumentet.',
      en: 'The document is in the secure zone and cannot be sent out; refuse or give partial access without it.',
    });
  }
  if (d.p_mime_type !== 'application/pdf') {
    throw new DomainError('FILE_INTEGRITY', {
      nb: 'Bare PDF-dokumenter kan sladdes her. Lag en PDF-variant av dokumentet først.',
      en: 'Only PDF documents can be redacted here. Make a PDF variant of the document first.',
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of await stores.plain.open(org, d.p_sjekksum, Number(d.p_filstoerrelse))) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Partial access: the case worker's marks are burnt into the document's
 * pages (`burnRedactions`: marked pages become images with the marks
 * painted into their pixels, the text under them gone) and the result is
 * kept as the document's public variant (Noark variantformat O) of its
 * newest version — what partial access sends.
 */
export async function redactDokument(ctx: Ctx, stores: DocumentStores, id: string, delId: string, input: SladdingInput) {
  if (input.rektangler.length === 0) throw fieldError('rektangler', 'merk minst ett område', 'mark at least one area');
  if (input.rektangler.length > MAX_REKTANGLER)
    throw fieldError('rektangler', `høyst ${MAX_REKTANGLER} områder`, `at most ${MAX_REKTANGLER} areas`);
  const { dokument, pdf } = await requestedPdf(ctx, stores, id, delId, input.dokumentbeskrivelseId);
  if (dokument.o_sjekksum) throw alreadyRedacted();
  const problem = checkRektangler(input.rektangler, await pageCount(pdf));
  if (problem) throw fieldError(problem.field, problem.nb, problem.en);
  const marks = new Map<number, Rektangel[]>();
  for (const r of input.rektangler) marks.set(r.side, [...(marks.get(r.side) ?? []), r]);
  const redacted = await burnRedactions(pdf, marks);
  const filnavn = `${dokument.p_filnavn.replace(/\.pdf$/i, '')}-offentlig.pdf`;
  const org = ctx.role.organisasjonId;
  const stored = await storeUpload(stores.plain, org, { stream: Readable.from([Buffer.from(redacted)]), filnavn });
  // The decision's own step: the one who decides the request makes the public variant, also of a journalført
  // record (krav 3.2.27 lets a variant be added to a finalised document), so the change rule's record lock does not apply.
  return registerStored(ctx, stores.plain, stored, () =>
    inTenant(ctx, async (tx) => {
      const { del } = await decidableDel(tx, ctx, id, delId);
      const now = (await repo.dokumenter(tx, org, [del.journalpost_id])).find((d) => d.id === dokument.id);
      if (!now || now.versjonsnummer !== dokument.versjonsnummer || now.o_sjekksum) throw alreadyRedacted();
      const objekt = await insertFileObject(
        ctx,
        tx,
        { dokumentbeskrivelseId: dokument.id, versjonsnummer: dokument.versjonsnummer, variantformat: 'O' },
        stored,
      );
      await enqueueTextExtraction(tx, org, stored);
      return objekt;
    }),
  );
}

const alreadyRedacted = () =>
  new DomainError('ALREADY_EXISTS', {
    nb: 'Dokumentet har allerede en offentlig variant; den sendes ved delvis innsyn.',
    en: 'The document already has a public variant; it is what partial access sends.',
  });
