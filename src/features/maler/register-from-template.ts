import { Readable } from 'node:stream';
import { inTenant, type Tx } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { insertDokument } from '../dokumenter/add-dokument.js';
import { discardUnlessCatalogued } from '../dokumenter/file-object.js';
import { storeUpload, type StoredUpload } from '../dokumenter/upload.js';
import { formatJournalpostId } from '../noark/domain/numbering.js';
import { registerArkivnotat, registerJournalpost, type RegisterJournalpostInput } from '../journalpost/register-journalpost.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { findBrevmal } from './brevmal-input.js';
import { checkMaltypeFits, isMaltype, MALTYPE, OWN_JOURNALPOSTTYPER } from './domain/brevmal-kinds.js';
import { mergeDocx } from './domain/docx-template.js';
import { mergeValues } from './domain/merge-fields.js';
import { malerRepository as repo } from './maler-repository.js';
import { loadMergeData, type MergedRecord } from './merge-data-repository.js';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface RegisterFromTemplateInput extends Omit<RegisterJournalpostInput, 'journalposttype'> {
  registreringstype?: 'journalpost' | 'arkivnotat' | undefined;
  journalposttype?: RegisterJournalpostInput['journalposttype'] | undefined;
  brevmalId?: string | undefined;
}

/** Whether a registration is of an own record (U, N, X, S, or an arkivnotat), which must start from a template. */
export function startsFromTemplate(registreringstype: string | undefined, journalposttype: string | undefined): boolean {
  return registreringstype === 'arkivnotat' || (journalposttype !== undefined && OWN_JOURNALPOSTTYPER.includes(journalposttype));
}

/**
 * Registers an own record (U, N, X, S) with its main document made from a
 * template: the record is numbered, the template's merge fields are filled
 * from it, its case, parties, case worker, unit and organisation, and the
 * merged DOCX becomes version 1 of document 1 — all in the registering
 * transaction, so there is never an own record with an empty document
 * (seed 001: «Saksbehandler må huske på å velge mal, slik at det ikke blir
 * opprettet et tomt dokument»). The case worker edits the DOCX and uploads
 * it as the next version.
 */
export async function registerFromTemplate(
  ctx: Ctx,
  plain: FileStore,
  saksmappeId: string,
  input: RegisterFromTemplateInput,
  /** More work on the new record in the same transaction (answering links it to what it answers); its failure undoes all. */
  also?: (tx: Tx, row: Awaited<ReturnType<typeof registerJournalpost>>) => Promise<void>,
) {
  const { brevmalId, registreringstype, journalposttype, ...fields } = input;
  if (!brevmalId)
    throw fieldError(
      'brevmalId',
      'velg en mal: et eget dokument lages alltid fra en mal',
      'pick a template: an own document is always made from one',
    );
  if (registreringstype !== 'arkivnotat' && !journalposttype) throw fieldError('journalposttype', 'må fylles ut', 'is required');
  let stored: StoredUpload | undefined;
  try {
    return await inTenant(ctx, async (tx) => {
      const row =
        registreringstype === 'arkivnotat'
          ? await registerArkivnotat(ctx, saksmappeId, fields, tx)
          : await registerJournalpost(ctx, saksmappeId, { ...fields, journalposttype: journalposttype! }, tx);
      stored = await mergedMainDocument(ctx, tx, plain, row, brevmalId);
      if (also) await also(tx, row);
      return row;
    });
  } catch (error) {
    if (stored) await discardUnlessCatalogued(ctx, plain, stored);
    throw error;
  }
}

async function mergedMainDocument(
  ctx: Ctx,
  tx: Tx,
  plain: FileStore,
  row: MergedRecord & { journalposttype: string },
  brevmalId: string,
): Promise<StoredUpload> {
  const org = ctx.role.organisasjonId;
  const mal = await findBrevmal(tx, org, brevmalId);
  if (!mal.aktiv || !isMaltype(mal.maltype)) {
    throw new DomainError(
      'TEMPLATE_DOES_NOT_FIT',
      { nb: `Malen «${mal.navn}» er deaktivert.`, en: `The template «${mal.navn}» is deactivated.` },
      [{ field: 'brevmalId', message: { nb: 'er deaktivert', en: 'is deactivated' } }],
    );
  }
  checkMaltypeFits(mal.maltype, row.journalposttype);
  const data = await loadMergeData(tx, org, row, osloDate(ctx.now()));
  const docx = mergeDocx((await repo.content(tx, org, mal.id))!, mergeValues(data));
  const reference = formatJournalpostId(data.saksmappe.saksaar, data.saksmappe.sakssekvensnummer, row.journalpostnummer);
  const filnavn = `${MALTYPE[mal.maltype].nb} ${reference.replace('/', '-')}.docx`;
  // The merged file is small and made here; it goes to the ordinary store (a document is moved to the secure zone afterwards if need be).
  const stored = await storeUpload(plain, org, { stream: Readable.from([docx]), filnavn, mimeType: DOCX_MIME });
  await insertDokument(ctx, tx, row.id, { tittel: row.tittel, dokumenttype: MALTYPE[mal.maltype].dokumenttype }, stored);
  return stored;
}
