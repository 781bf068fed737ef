import type { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, notFound } from '../../shared/errors.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { tilgangRepository } from '../tilgang/tilgang-repository.js';
import { dokumentRepository as repo, type DokumentobjektRow } from './dokument-repository.js';

/**
 * A file object's metadata and its content as a verified stream (see
 * FileStore.open: corrupt content is refused before streaming or cuts the
 * stream short, never served as if whole). The read rule decides: a reader
 * without full access to the document is refused (403), and every opening
 * of a screened document's file is written to the reading log (lesing_logg).
 */
export async function openDokumentobjekt(
  ctx: Ctx,
  files: FileStore,
  dokumentobjektId: string,
): Promise<{ objekt: DokumentobjektRow; stream: Readable }> {
  const org = ctx.role.organisasjonId;
  const objekt = await inTenant(ctx, async (tx) => {
    const found = await repo.findDokumentobjekt(tx, org, dokumentobjektId);
    if (!found) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, dokumentobjektId);
    const access = (await decideAccess(tx, ctx, [found.dokumentbeskrivelse_id])).get(found.dokumentbeskrivelse_id);
    if (!access?.full) throw accessDenied(SCREENED);
    if (access.tilgangskode) {
      await tilgangRepository.logRead(tx, {
        orgId: org,
        objektType: 'dokumentobjekt',
        objektId: found.id,
        tilgangskode: access.tilgangskode,
        brukerId: ctx.actor.brukerId,
      });
    }
    return found;
  });
  try {
    const stream = await files.open(org, objekt.sjekksum, objekt.filstoerrelse);
    return { objekt, stream };
  } catch (error) {
    ctx.log.error({ err: error, dokumentobjektId, sjekksum: objekt.sjekksum }, 'stored file failed verification');
    throw error;
  }
}

const SCREENED = {
  nb: 'Dokumentet er skjermet, og du har ikke tilgang til det.',
  en: 'The document is screened and you have no access to it.',
};
