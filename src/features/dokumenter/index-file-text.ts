import { buffer } from 'node:stream/consumers';
import { inTenant } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { dokumentRepository as repo } from './dokument-repository.js';
import { extractText, isExtractable } from './extract-text.js';

/** PDF and DOCX parsers need the whole file in memory, so larger files are left out of the text index. */
export const MAX_EXTRACT_BYTES = 32 * 1024 * 1024;

/**
 * Extracts a stored file's text into fil_tekst for search, once per content.
 * Runs after the document is committed: a file that cannot be read as text
 * is still a valid document, so failures are logged and never thrown.
 */
export async function indexFileText(ctx: Ctx, files: FileStore, file: { sha256: string; size: number; mimeType: string }): Promise<void> {
  if (!isExtractable(file.mimeType)) return;
  const org = ctx.role.organisasjonId;
  try {
    if (file.size > MAX_EXTRACT_BYTES) {
      ctx.log.info({ sjekksum: file.sha256, size: file.size }, 'file too large for text extraction; not indexed');
      return;
    }
    if (await inTenant(ctx, (tx) => repo.hasFilTekst(tx, org, file.sha256))) return;
    const bytes = await buffer(await files.open(org, file.sha256, file.size));
    const text = await extractText(bytes, file.mimeType);
    if (!text) return;
    await inTenant(ctx, (tx) => repo.insertFilTekst(tx, org, file.sha256, text));
  } catch (error) {
    ctx.log.warn(
      { err: error, sjekksum: file.sha256, mimeType: file.mimeType },
      'text extraction failed; document stored without searchable text',
    );
  }
}
