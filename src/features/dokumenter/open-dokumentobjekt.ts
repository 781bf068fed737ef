import type { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
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
 * Screening by tilgangskode belongs to the one access rule.
 */
export async function openDokumentobjekt(
  ctx: Ctx,
  stores: DocumentStores,
  dokumentobjektId: string,
  opener: Opener = {},
): Promise<{ objekt: DokumentobjektRow; stream: Readable }> {
  const org = ctx.role.organisasjonId;
  const found = await inTenant(ctx, async (tx) => ({
    objekt: await repo.findDokumentobjekt(tx, org, dokumentobjektId),
    dokument: await sikkerSoneRepository.findDokumentOfObjekt(tx, org, dokumentobjektId),
  }));
  const { objekt, dokument } = found;
  if (!objekt || !dokument) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, dokumentobjektId);
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
