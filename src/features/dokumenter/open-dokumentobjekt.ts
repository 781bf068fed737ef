import type { Readable } from 'node:stream';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fileIntegrity } from '../../files/file-errors.js';
import { accessDenied, DomainError, notFound } from '../../shared/errors.js';
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
 * A file object's metadata and its content as a stream verified while it
 * streams (see FileStore.open). Content found damaged (missing, wrong size,
 * or bytes that do not match the checksum: the transfer is then cut short)
 * is marked so in the catalogue, and later openings are refused at once
 * until a sound copy is stored again. A personsensitive document's file
 * comes from the secure zone and only within a fresh second login step.
 * First the read rule decides: a reader without full access to the document
 * is refused (403). An opening of a screened document's file is written to
 * the reading log (lesing_logg) once it happens — after the second step and
 * the store have let it — so a refused one is not logged as read.
 */
export async function openDokumentobjekt(
  ctx: Ctx,
  stores: DocumentStores,
  dokumentobjektId: string,
  opener: Opener = {},
): Promise<{ objekt: DokumentobjektRow; stream: Readable }> {
  const org = ctx.role.organisasjonId;
  const { objekt, dokument, tilgangskode } = await inTenant(ctx, async (tx) => {
    const objekt = await repo.findDokumentobjekt(tx, org, dokumentobjektId);
    const dokument = await sikkerSoneRepository.findDokumentOfObjekt(tx, org, dokumentobjektId);
    if (!objekt || !dokument) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, dokumentobjektId);
    const access = (await decideAccess(tx, ctx, [objekt.dokumentbeskrivelse_id])).get(objekt.dokumentbeskrivelse_id);
    if (!access?.full) throw accessDenied(SCREENED);
    const skadet = await repo.filSkadetDato(tx, org, objekt.sjekksum);
    if (skadet) throw damaged(skadet);
    return { objekt, dokument, tilgangskode: access.tilgangskode };
  });
  if (dokument.personsensitiv) {
    const until = opener.sessionTokenHash ? await sikkerSoneRepository.stepUpUntil(ctx.db, opener.sessionTokenHash) : null;
    checkSteppedUp(until, ctx.now());
  }
  const stream = await openStored(ctx, stores, dokument, objekt);
  try {
    if (tilgangskode) await logOpening(ctx, objekt.id, tilgangskode);
  } catch (error) {
    // An opening the log could not record is not served.
    stream.destroy();
    throw error;
  }
  if (dokument.personsensitiv) {
    ctx.log.info({ brukerId: ctx.actor.brukerId, dokumentbeskrivelseId: dokument.id, dokumentobjektId }, 'secure zone: file opened');
  }
  return { objekt, stream };
}

/** The stored content from the document's store (ordinary or secure); damaged content is marked in the catalogue. */
async function openStored(ctx: Ctx, stores: DocumentStores, dokument: { personsensitiv: boolean }, objekt: DokumentobjektRow) {
  const org = ctx.role.organisasjonId;
  const markDamaged = async () => {
    ctx.log.error({ dokumentobjektId: objekt.id, sjekksum: objekt.sjekksum }, 'stored file failed verification; marked damaged');
    await inTenant(ctx, (tx) => repo.markFilSkadet(tx, org, objekt.sjekksum));
  };
  try {
    return await storeFor(stores, dokument).open(org, objekt.sjekksum, objekt.filstoerrelse, markDamaged);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'FILE_INTEGRITY') await markDamaged().catch(() => undefined);
    throw error;
  }
}

function logOpening(ctx: Ctx, dokumentobjektId: string, tilgangskode: string) {
  return inTenant(ctx, (tx) =>
    tilgangRepository.logRead(tx, {
      orgId: ctx.role.organisasjonId,
      objektType: 'dokumentobjekt',
      objektId: dokumentobjektId,
      tilgangskode,
      brukerId: ctx.actor.brukerId,
    }),
  );
}

const damaged = (since: Date) =>
  fileIntegrity(
    `innholdet ble funnet skadet ${since.toISOString()} og må hentes fra sikkerhetskopi eller lastes opp på nytt.`,
    `the content was found damaged at ${since.toISOString()} and must be restored from backup or uploaded again.`,
  );

const SCREENED = {
  nb: 'Dokumentet er skjermet, og du har ikke tilgang til det.',
  en: 'The document is screened and you have no access to it.',
};
