import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { checkChange } from '../tilgang/change-access.js';
import type { ChangeKind } from '../tilgang/domain/change-rule.js';
import { dokumentRepository as repo } from './dokument-repository.js';

const JOURNALPOST = { nb: 'journalposten', en: 'the record' };
const DOKUMENT = { nb: 'dokumentet', en: 'the document' };

/** The record, if the active organisation has it; other organisations' ids are simply not found. */
export async function findJournalpost(tx: Tx, ctx: Ctx, journalpostId: string, lock = false) {
  const journalpost = await repo.findJournalpost(tx, ctx.role.organisasjonId, journalpostId, lock);
  if (!journalpost) throw notFound(JOURNALPOST, journalpostId);
  return journalpost;
}

/**
 * The record, when the change rule lets the actor make a document change of
 * `kind` to it now. `lock` holds it until commit (numbering).
 */
export async function journalpostForChange(
  tx: Tx,
  ctx: Ctx,
  journalpostId: string,
  kind: ChangeKind,
  lock = false,
  dokumentstatus?: string,
) {
  const journalpost = await findJournalpost(tx, ctx, journalpostId, lock);
  const saksmappe = (await cases.find(tx, ctx.role.organisasjonId, journalpost.saksmappe_id))!;
  await checkChange(ctx, tx, kind, saksmappe, journalpost, { dokumentstatus });
  return journalpost;
}

export async function findDokument(tx: Tx, ctx: Ctx, dokumentbeskrivelseId: string, lock = false) {
  const dokument = await repo.findDokumentbeskrivelse(tx, ctx.role.organisasjonId, dokumentbeskrivelseId, lock);
  if (!dokument) throw notFound(DOKUMENT, dokumentbeskrivelseId);
  return dokument;
}

/** A document and its record, when the change rule lets the actor make a change of `kind` to the document now. */
export async function dokumentForChange(tx: Tx, ctx: Ctx, dokumentbeskrivelseId: string, kind: ChangeKind, lock = false) {
  const dokument = await findDokument(tx, ctx, dokumentbeskrivelseId, lock);
  const journalpost = await journalpostForChange(tx, ctx, dokument.journalpost_id, kind, false, dokument.dokumentstatus);
  return { dokument, journalpost };
}
