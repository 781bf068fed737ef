import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageInfo, type PageRequest } from '../../shared/paging.js';
import { decideAccess, type AccessDecision } from '../tilgang/access-targets.js';
import { findDokument, findJournalpost } from './document-access.js';
import { dokumentRepository as repo, type DokumentbeskrivelseRow, type DokumentobjektRow } from './dokument-repository.js';

/** A document with all its file objects (versions × variants). */
export interface DokumentView {
  dokument: DokumentbeskrivelseRow;
  objekter: DokumentobjektRow[];
  /** The read rule's answer for the reader: without it the presenter shows the public form. */
  access: AccessDecision;
}

export const DOCUMENTS_PAGE_SIZE = 50;

/**
 * A page of a record's documents in document-number order, each with its
 * file objects (at most MAX_VERSJONER versions each), and the total.
 */
export async function listDokumenter(
  ctx: Ctx,
  journalpostId: string,
  page: PageRequest = { side: 1, perSide: DOCUMENTS_PAGE_SIZE },
): Promise<PageInfo & { items: DokumentView[] }> {
  return inTenant(ctx, async (tx) => {
    await findJournalpost(tx, ctx, journalpostId);
    const { rows, total } = await repo.pageDokumentbeskrivelser(tx, ctx.role.organisasjonId, journalpostId, windowOf(page));
    return { items: await withObjects(tx, ctx, rows), ...pageInfo(page, total) };
  });
}

export async function getDokument(ctx: Ctx, dokumentbeskrivelseId: string): Promise<DokumentView> {
  return inTenant(ctx, (tx) => dokumentIn(tx, ctx, dokumentbeskrivelseId));
}

/** One document with its file objects and the read rule's answer, inside the caller's transaction. */
export async function dokumentIn(tx: Tx, ctx: Ctx, dokumentbeskrivelseId: string): Promise<DokumentView> {
  return (await withObjects(tx, ctx, [await findDokument(tx, ctx, dokumentbeskrivelseId)]))[0]!;
}

async function withObjects(tx: Tx, ctx: Ctx, dokumenter: DokumentbeskrivelseRow[]): Promise<DokumentView[]> {
  const objekter = await repo.listDokumentobjekter(
    tx,
    ctx.role.organisasjonId,
    dokumenter.map((d) => d.id),
  );
  const access = await decideAccess(
    tx,
    ctx,
    dokumenter.map((d) => d.id),
  );
  return dokumenter.map((dokument) => ({
    dokument,
    objekter: objekter.filter((o) => o.dokumentbeskrivelse_id === dokument.id),
    access: access.get(dokument.id)!,
  }));
}
