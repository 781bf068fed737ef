import { buffer } from 'node:stream/consumers';
import { inTenant, type Tx } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import { jobRepository } from '../../jobs/job-repository.js';
import { PermanentJobError, type JobContext } from '../../jobs/job-runner.js';
import { systemOwnerCtx } from '../../shared/system-actor.js';
import { sikkerSoneRepository as sikkerSone } from '../sikker-sone/sikker-sone-repository.js';
import { dokumentRepository as repo } from './dokument-repository.js';
import type { ExtractionChild } from './extract-in-child.js';
import { isExtractable, NotExtractableError } from './extract-text.js';

/** PDF and DOCX parsers need the whole file in memory, so larger files are left out of the text index. */
export const MAX_EXTRACT_BYTES = 32 * 1024 * 1024;

export const TEXT_EXTRACTION_JOB = 'tekstuttrekk';

interface FileRef {
  sha256: string;
  size: number;
  mimeType: string;
}

/**
 * Asks for a stored file's text to be extracted for search, in the
 * transaction that catalogues the file: the job commits with the document,
 * so it is never lost, and runs in the background, so the upload never
 * waits on a parser. Once per content and organisation.
 */
export async function enqueueTextExtraction(tx: Tx, org: string, file: FileRef): Promise<void> {
  if (!isExtractable(file.mimeType) || file.size > MAX_EXTRACT_BYTES) return;
  await jobRepository.enqueue(tx, {
    organisasjonId: org,
    type: TEXT_EXTRACTION_JOB,
    nokkel: `${org}:${file.sha256}`,
    data: { sjekksum: file.sha256, size: file.size, mimeType: file.mimeType },
    maksForsok: 2,
  });
}

/**
 * The job: reads the file from the ordinary store, extracts its text in a
 * child process under limits, and writes fil_tekst (whose trigger feeds the
 * search index). A file that cannot be read fails the job with the reason —
 * «text not extracted» — and the document stays as it is.
 */
export function textExtractionHandler(plain: FileStore, child: ExtractionChild) {
  return async ({ db, log, job }: JobContext): Promise<void> => {
    const org = job.organisasjon_id!;
    const data = job.data as { sjekksum: string; size: number; mimeType: string };
    const file: FileRef = { sha256: data.sjekksum, size: data.size, mimeType: data.mimeType };
    const ctx = systemOwnerCtx(db, org, log);
    if (await inTenant(ctx, (tx) => repo.hasFilTekst(tx, org, file.sha256))) return;
    const bytes = await buffer(await plain.open(org, file.sha256, file.size));
    let text: string | undefined;
    try {
      text = await child.extract(bytes, file.mimeType);
    } catch (error) {
      if (error instanceof NotExtractableError) throw new PermanentJobError(`text not extracted: ${error.message}`);
      throw error;
    }
    // A document moved into the secure zone while its text was read keeps no searchable text.
    if (text) {
      await inTenant(ctx, async (tx) => {
        if (await sikkerSone.usedByOrdinary(tx, org, file.sha256)) await repo.insertFilTekst(tx, org, file.sha256, text);
      });
    }
  };
}
