import type { Tx } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { dokumentRepository as repo } from './dokument-repository.js';
import type { StoredUpload } from './upload.js';

/** Catalogues stored content and creates the dokumentobjekt that points at it, with its change-log rows. */
export async function insertFileObject(
  ctx: Ctx,
  tx: Tx,
  target: { dokumentbeskrivelseId: string; versjonsnummer: number; variantformat: 'P' | 'A' | 'O' },
  stored: StoredUpload,
  /** Noark konvertering: the format the object was converted from and the tool, when a conversion made it. */
  konvertering?: { fraFormat: string; verktoey: string },
) {
  const org = ctx.role.organisasjonId;
  await repo.catalogueFil(tx, {
    organisasjon_id: org,
    sjekksum: stored.sha256,
    filstoerrelse: stored.size,
    mime_type: stored.mimeType,
    format: stored.format,
  });
  const row = await repo.insertDokumentobjekt(tx, {
    organisasjon_id: org,
    dokumentbeskrivelse_id: target.dokumentbeskrivelseId,
    versjonsnummer: target.versjonsnummer,
    variantformat: target.variantformat,
    format: stored.format,
    format_detaljer: stored.formatDetaljer,
    filnavn: stored.filnavn,
    mime_type: stored.mimeType,
    sjekksum: stored.sha256,
    filstoerrelse: stored.size,
    opprettet_av: ctx.actor.brukerId,
    konvertert_fra_format: konvertering?.fraFormat,
    konverteringsverktoey: konvertering?.verktoey,
  });
  return row;
}

/**
 * Runs the registering transaction for content already in the store. If it
 * fails and this upload was the first copy of the content, the bytes are
 * removed again unless a catalogue row now refers to them, so a refused
 * registration leaves nothing behind. (Remaining gap: an identical upload
 * committing between our check and the removal; a sweep of uncatalogued
 * content would close it.)
 */
export async function registerStored<T>(ctx: Ctx, files: FileStore, stored: StoredUpload, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await discardUnlessCatalogued(ctx, files, stored);
    throw error;
  }
}

/** After a registration failed: the bytes go again if this upload stored them first and nothing refers to them. */
export async function discardUnlessCatalogued(ctx: Ctx, files: FileStore, stored: StoredUpload): Promise<void> {
  if (!stored.created) return;
  const org = ctx.role.organisasjonId;
  const catalogued = await inTenant(ctx, (tx) => repo.isCatalogued(tx, org, stored.sha256)).catch(() => true);
  if (!catalogued) await files.remove(org, stored.sha256).catch(() => undefined);
}
