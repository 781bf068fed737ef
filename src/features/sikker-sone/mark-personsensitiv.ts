import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { dokumentForChange, findDokument } from '../dokumenter/document-access.js';
import { getDokument, type DokumentView } from '../dokumenter/list-dokumenter.js';
import type { DocumentStores } from './document-stores.js';
import { sikkerSoneRepository as repo } from './sikker-sone-repository.js';

/**
 * Moves a document into the secure zone: every file of it is copied
 * (encrypted) into the secure store and verified there, then the document is
 * marked personsensitiv (one way; the database removes its extracted text
 * from search), and only then are the plain copies removed — unless an
 * ordinary document still uses the same content. Running it again on a
 * marked document finishes a move that was cut short.
 */
export async function markPersonsensitiv(ctx: Ctx, stores: DocumentStores, dokumentbeskrivelseId: string): Promise<DokumentView> {
  const org = ctx.role.organisasjonId;
  // The change rule's 'personsensitiv': the archive, or the case owner in a case-working role (seed 001).
  await inTenant(ctx, (tx) => dokumentForChange(tx, ctx, dokumentbeskrivelseId, 'personsensitiv'));
  await copyIntoSecureZone(ctx, stores, dokumentbeskrivelseId);
  await inTenant(ctx, async (tx) => {
    const dokument = await findDokument(tx, ctx, dokumentbeskrivelseId, true);
    if (dokument.personsensitiv) return;
    await repo.markPersonsensitiv(tx, org, dokument.id);
  });
  // Files added between the copy and the mark (still to the plain store) are copied now.
  await copyIntoSecureZone(ctx, stores, dokumentbeskrivelseId);
  await removePlainCopies(ctx, stores, dokumentbeskrivelseId);
  ctx.log.info({ brukerId: ctx.actor.brukerId, dokumentbeskrivelseId }, 'secure zone: document moved in');
  return getDokument(ctx, dokumentbeskrivelseId);
}

async function copyIntoSecureZone(ctx: Ctx, stores: DocumentStores, dokumentbeskrivelseId: string): Promise<void> {
  const org = ctx.role.organisasjonId;
  const objekter = await inTenant(ctx, (tx) => repo.listObjektSjekksummer(tx, org, dokumentbeskrivelseId));
  for (const o of objekter) {
    if (await stores.secure.has(org, o.sjekksum)) continue;
    const plain = await stores.plain.open(org, o.sjekksum, o.filstoerrelse);
    await stores.secure.put(org, plain, { sha256: o.sjekksum, size: o.filstoerrelse });
  }
}

async function removePlainCopies(ctx: Ctx, stores: DocumentStores, dokumentbeskrivelseId: string): Promise<void> {
  const org = ctx.role.organisasjonId;
  const objekter = await inTenant(ctx, (tx) => repo.listObjektSjekksummer(tx, org, dokumentbeskrivelseId));
  for (const o of objekter) {
    const keep = await inTenant(ctx, (tx) => repo.usedByOrdinary(tx, org, o.sjekksum));
    if (!keep && (await stores.secure.has(org, o.sjekksum))) await stores.plain.remove(org, o.sjekksum);
  }
}
