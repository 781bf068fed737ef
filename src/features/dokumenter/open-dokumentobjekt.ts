import type { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, notFound } from '../../shared/errors.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { tilgangRepository } from '../tilgang/tilgang-repository.js';
import { storeFor, type DocumentStores } from '../sikker-sone/document-stores.js';
import { checkSteppedUp } from '../sikker-sone/domain/step-up.js';
import { sikkerSoneRepository } from '../sikker-sone/sikker-sone-repository.js';
import { dokumentRepository as repo, type DokumentobjektRow } from './dokument-repository.js';

/** Who asks for the file: only a browser session can have taken the secure zone's second step. */
export interface Opener {
  sessionTokenHash?: string | undefined;
}

/**
 * A file object's metadata and its content as a verified stream (see
 * FileStore.open: corrupt content is refused before streaming or cuts the
 * stream short, never served as if whole). A personsensitive document's file
 * comes from the secure zone and only within a fresh second login step.
 * First the read rule decides: a reader without full access to the document
 * is refused (403), and every opening of a screened document's file is
 * written to the reading log (lesing_logg).
 */
export async function openDokumentobjekt(
  ctx: Ctx,
  stores: DocumentStores,
  dokumentobjektId: string,
  opener: Opener = {},
): Promise<{ objekt: DokumentobjektRow; stream: Readable }> {
  const org = ctx.role.organisasjonId;
  const found = await inTenant(ctx, async (tx) => {
    const objekt = await repo.findDokumentobjekt(tx, org, dokumentobjektId);
    const dokument = await sikkerSoneRepository.findDokumentOfObjekt(tx, org, dokumentobjektId);
    if (!objekt || !dokument) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, dokumentobjektId);
    const access = (await decideAccess(tx, ctx, [objekt.dokumentbeskrivelse_id])).get(objekt.dokumentbeskrivelse_id);
    if (!access?.full) throw accessDenied(SCREENED);
    if (access.tilgangskode) {
      await tilgangRepository.logRead(tx, {
        orgId: org,
        objektType: 'dokumentobjekt',
        objektId: objekt.id,
        tilgangskode: access.tilgangskode,
        brukerId: ctx.actor.brukerId,
      });
    }
    return { objekt, dokument };
  });
  const { objekt, dokument } = found;
  if (dokument.personsensitiv) {
    const until = opener.sessionTokenHash ? await sikkerSoneRepository.stepUpUntil(ctx.db, opener.sessionTokenHash) : null;
    checkSteppedUp(until, ctx.now());
    ctx.log.info({ brukerId: ctx.actor.brukerId, dokumentbeskrivelseId: dokument.id, dokumentobjektId }, 'secure zone: file opened');
  }
  try {
    const files = storeFor(stores, dokument);
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
