import type { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, notFound } from '../../shared/errors.js';
import { storeFor, type DocumentStores } from '../sikker-sone/document-stores.js';
import { checkSteppedUp } from '../sikker-sone/domain/step-up.js';
import { sikkerSoneRepository } from '../sikker-sone/sikker-sone-repository.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { tilgangRepository } from '../tilgang/tilgang-repository.js';
import { dokumentRepository as repo, type DokumentobjektRow } from './dokument-repository.js';

/** Who asks for the file: only a browser session can have taken the secure zone's second step. */
export interface Opener {
  sessionTokenHash?: string | undefined;
}

/**
 * A file object's metadata and its content as a verified stream (see
 * FileStore.open: corrupt content is refused before streaming or cuts the
 * stream short, never served as if whole). The read rule decides first: a
 * reader without full access to the document is refused (403), and every
 * opening of a screened document's file is written to the reading log
 * (lesing_logg). A personsensitive document's file then comes from the
 * secure zone and only within a fresh second login step.
 */
export async function openDokumentobjekt(
  ctx: Ctx,
  stores: DocumentStores,
  dokumentobjektId: string,
  opener: Opener = {},
): Promise<{ objekt: DokumentobjektRow; stream: Readable }> {
  const org = ctx.role.organisasjonId;
  const { objekt, dokument } = await inTenant(ctx, async (tx) => {
    const found = await repo.findDokumentobjekt(tx, org, dokumentobjektId);
    const beskrivelse = await sikkerSoneRepository.findDokumentOfObjekt(tx, org, dokumentobjektId);
    if (!found || !beskrivelse) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, dokumentobjektId);
    const access = (await decideAccess(tx, ctx, [found.dokumentbeskrivelse_id])).get(found.dokumentbeskrivelse_id);
    if (!access?.full) throw accessDenied(SCREENED);
    if (beskrivelse.personsensitiv) {
      const until = opener.sessionTokenHash ? await sikkerSoneRepository.stepUpUntil(ctx.db, opener.sessionTokenHash) : null;
      checkSteppedUp(until, ctx.now());
    }
    if (access.tilgangskode || beskrivelse.personsensitiv) {
      await tilgangRepository.logRead(tx, {
        orgId: org,
        objektType: 'dokumentobjekt',
        objektId: found.id,
        tilgangskode: access.tilgangskode ?? 'personsensitiv',
        brukerId: ctx.actor.brukerId,
      });
    }
    return { objekt: found, dokument: beskrivelse };
  });
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
