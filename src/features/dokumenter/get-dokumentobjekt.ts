import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { dokumentRepository as repo } from './dokument-repository.js';
import { dokumentIn, type DokumentView } from './list-dokumenter.js';

/** A file object's metadata with its document (whose read rule decides what the reader sees of it); not its content. One transaction. */
export function getDokumentobjekt(ctx: Ctx, dokumentobjektId: string): Promise<{ view: DokumentView; objektId: string }> {
  return inTenant(ctx, async (tx) => {
    const objekt = await repo.findDokumentobjekt(tx, ctx.role.organisasjonId, dokumentobjektId);
    if (!objekt) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, dokumentobjektId);
    return { view: await dokumentIn(tx, ctx, objekt.dokumentbeskrivelse_id), objektId: objekt.id };
  });
}
