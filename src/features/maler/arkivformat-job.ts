import { buffer } from 'node:stream/consumers';
import { Readable } from 'node:stream';
import { inTenant, type Tx } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import { jobRepository } from '../../jobs/job-repository.js';
import { PermanentJobError, type JobContext } from '../../jobs/job-runner.js';
import { checkPdfA, pdfaProblems } from '../../office/pdfa-check.js';
import { ConversionError, convertToPdfA, type SofficeOptions } from '../../office/soffice.js';
import { systemOwnerCtx } from '../../shared/system-actor.js';
import { dokumentRepository as dokumenter } from '../dokumenter/dokument-repository.js';
import { insertFileObject, registerStored } from '../dokumenter/file-object.js';
import { storeUpload } from '../dokumenter/upload.js';
import { malerRepository as repo } from './maler-repository.js';
import { CONVERTIBLE, isConvertible } from '../arkivformat/domain/arkivformat.js';

export const ARKIVFORMAT_JOB = 'arkivformat';

interface JobData {
  dokumentbeskrivelseId: string;
  versjonsnummer: number;
}

/**
 * Asks for the archival PDF/A variant (arkivformat, variantformat A) of a
 * document that was just finished, in the finishing transaction: the job
 * commits with the status F, survives a restart, and runs in the
 * background. Only office formats are converted (a PDF or an image is kept
 * as it is); the secure zone's documents are never written to a temporary
 * file for LibreOffice. Once per document version.
 */
export async function enqueueArkivformat(tx: Tx, org: string, dokument: { id: string; personsensitiv: boolean }): Promise<void> {
  if (dokument.personsensitiv) return;
  const versjonsnummer = await dokumenter.highestVersjon(tx, org, dokument.id);
  if (versjonsnummer === null) return;
  const p = await dokumenter.findVariant(tx, org, dokument.id, versjonsnummer, 'P');
  if (!p || !isConvertible(p.mime_type)) return;
  const data: JobData = { dokumentbeskrivelseId: dokument.id, versjonsnummer };
  await jobRepository.enqueue(tx, {
    organisasjonId: org,
    type: ARKIVFORMAT_JOB,
    nokkel: `${dokument.id}:${versjonsnummer}`,
    data: { ...data },
    maksForsok: 3,
  });
}

/**
 * The job: converts the version's production file with LibreOffice, checks
 * the result is PDF/A (XMP claim, every font embedded), and stores it as
 * the version's A variant. A document that cannot be converted, or comes
 * out as no PDF/A, fails the job at once with the reason and the document
 * named, for the system owner's job page; a time-out is tried again.
 */
export function arkivformatHandler(plain: FileStore, soffice: SofficeOptions) {
  return async ({ db, log, job }: JobContext): Promise<void> => {
    const org = job.organisasjon_id!;
    const { dokumentbeskrivelseId: id, versjonsnummer } = job.data as unknown as JobData;
    const ctx = systemOwnerCtx(db, org, log);
    const source = await inTenant(ctx, async (tx) => {
      if (await dokumenter.findVariant(tx, org, id, versjonsnummer, 'A')) return undefined;
      const p = await dokumenter.findVariant(tx, org, id, versjonsnummer, 'P');
      const dokument = await dokumenter.findDokumentbeskrivelse(tx, org, id);
      return p && dokument && !dokument.personsensitiv ? { p, label: await repo.documentLabel(tx, org, id) } : undefined;
    });
    if (!source) return;
    const what = `arkivformat for ${source.label}, versjon ${versjonsnummer} (${source.p.filnavn})`;
    const bytes = await buffer(await plain.open(org, source.p.sjekksum, source.p.filstoerrelse));
    const pdf = await convert(bytes, CONVERTIBLE[source.p.mime_type] ?? 'bin', soffice, what);
    const check = await checkPdfA(pdf);
    const problems = pdfaProblems(check);
    if (problems.length > 0) throw new PermanentJobError(`${what}: the result is not PDF/A: ${problems.join('; ')}`);
    const filnavn = `${source.p.filnavn.replace(/\.[^.]+$/, '')}.pdf`;
    const stored = await storeUpload(plain, org, { stream: Readable.from([pdf]), filnavn, mimeType: 'application/pdf' });
    await registerStored(ctx, plain, stored, () =>
      inTenant(ctx, async (tx) => {
        if (await dokumenter.findVariant(tx, org, id, versjonsnummer, 'A')) return;
        // Recorded as Noark konvertering (krav 6.4.42): from the production file's format, by the tool that wrote the PDF.
        const konvertering = { fraFormat: source.p.format, verktoey: check.producer ?? 'LibreOffice' };
        await insertFileObject(ctx, tx, { dokumentbeskrivelseId: id, versjonsnummer, variantformat: 'A' }, stored, konvertering);
      }),
    );
  };
}

async function convert(bytes: Buffer, extension: string, soffice: SofficeOptions, what: string): Promise<Buffer> {
  try {
    return await convertToPdfA(bytes, extension, soffice);
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    if (error.permanent) throw new PermanentJobError(`${what}: ${error.message}`);
    throw new Error(`${what}: ${error.message}`);
  }
}
