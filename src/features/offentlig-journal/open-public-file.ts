import type { Readable } from 'node:stream';
import type { SystemCtx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { fileIntegrity } from '../../files/file-errors.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { publicFileOf, type PublicFile } from './domain/public-file.js';
import { offentligJournalRepository as repo } from './offentlig-journal-repository.js';
import { inPublicTenant, resolveJournal } from './public-tenant.js';

/**
 * A published full text for the public, no login: the file object must be
 * the one publicFileOf chooses of a document marked for publishing on a
 * record of the organisation's public journal; anything else is «not
 * found», so the address tells nothing of what exists. Served from the
 * ordinary store only (never the secure zone) and verified while it streams.
 */
export async function openPublicFile(
  ctx: SystemCtx,
  stores: DocumentStores,
  organisasjonsnummer: string,
  dokumentobjektId: string,
): Promise<{ file: PublicFile; sjekksum: string; filstoerrelse: number; stream: Readable }> {
  const { org, filter } = await resolveJournal(ctx, { organisasjonsnummer });
  const rows = await inPublicTenant(ctx.db, org.id, (tx) => repo.publishedFileOf(tx, filter, dokumentobjektId));
  const file = publicFileOf(rows);
  const chosen = rows.find((r) => r.dokumentobjekt_id === dokumentobjektId);
  if (!file || !chosen || file.dokumentobjektId !== dokumentobjektId) {
    throw notFound({ nb: 'det publiserte dokumentet', en: 'the published document' }, dokumentobjektId);
  }
  if (chosen.skadet_dato) {
    throw fileIntegrity('innholdet er skadet og kan ikke vises nå.', 'the content is damaged and cannot be shown now.');
  }
  // A damage found while streaming is marked by the case worker's next opening; the public only sees the cut.
  const stream = await stores.plain.open(org.id, chosen.sjekksum, chosen.filstoerrelse, async () => {
    ctx.log.error({ dokumentobjektId, sjekksum: chosen.sjekksum }, 'published file failed verification');
  });
  return { file, sjekksum: chosen.sjekksum, filstoerrelse: chosen.filstoerrelse, stream };
}
