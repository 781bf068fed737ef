import type { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { dokumentRepository as repo, type DokumentobjektRow } from './dokument-repository.js';

/**
 * A file object's metadata and its content as a verified stream (see
 * FileStore.open: corrupt content is refused before streaming or cuts the
 * stream short, never served as if whole). Reading is open to every role in
 * the organisation; screening by tilgangskode belongs to the one access rule
 * and will be applied here when it exists.
 */
export async function openDokumentobjekt(
  ctx: Ctx,
  files: FileStore,
  dokumentobjektId: string,
): Promise<{ objekt: DokumentobjektRow; stream: Readable }> {
  const objekt = await inTenant(ctx, (tx) => repo.findDokumentobjekt(tx, ctx.role.organisasjonId, dokumentobjektId));
  if (!objekt) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, dokumentobjektId);
  try {
    const stream = await files.open(ctx.role.organisasjonId, objekt.sjekksum, objekt.filstoerrelse);
    return { objekt, stream };
  } catch (error) {
    ctx.log.error({ err: error, dokumentobjektId, sjekksum: objekt.sjekksum }, 'stored file failed verification');
    throw error;
  }
}
