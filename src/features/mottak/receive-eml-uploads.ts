import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { identifyFormat } from '../dokumenter/domain/identify-format.js';
import { SNIFF_BYTES } from '../dokumenter/domain/file-format.js';
import { importEml, isEml, notEml } from './import-eml.js';
import type { Received } from './receive-mottak.js';
import { requireArchive } from './receive-scans.js';

export interface EmlUpload {
  raw: Buffer;
  filnavn: string;
}

/**
 * E-mail messages saved as .eml files, uploaded by the archive (post that
 * reached someone's own mailbox and was sent on to the archive, seed 002
 * 10.5.1). Every file must be an e-mail by its content; one that is not is
 * refused before any is imported.
 */
export async function receiveEmlUploads(
  ctx: Ctx,
  store: FileStore,
  files: EmlUpload[],
  limits: { maxVedleggBytes: number },
): Promise<Received[]> {
  requireArchive(ctx, { nb: 'ta imot e-post', en: 'receive e-mail' });
  for (const f of files) {
    const found = identifyFormat(f.raw.subarray(0, SNIFF_BYTES), f.filnavn);
    if (!isEml(found)) throw notEml(f.filnavn, found.formatDetaljer ?? found.mimeType);
  }
  const received: Received[] = [];
  for (const f of files) {
    received.push(
      await importEml(ctx, store, {
        raw: f.raw,
        filnavn: f.filnavn,
        kilde: `opplastet av ${ctx.actor.navn}`,
        maxVedleggBytes: limits.maxVedleggBytes,
      }),
    );
  }
  return received;
}
