import type { Ctx } from '../../shared/context.js';
import { storeFor, type DocumentStores } from '../sikker-sone/document-stores.js';

/**
 * After a transaction removed file objects (disposal, deletion of versions,
 * variants and production formats) and committed: the content no catalogue
 * row names any longer leaves its store (the ordinary or the secure one).
 * The bytes go only after the catalogue no longer names them, so a failure
 * leaves unreferenced content, never a dangling row. Returns how many went.
 */
export async function removeFreedContent(
  ctx: Ctx,
  stores: DocumentStores,
  freed: readonly { sjekksum: string; personsensitiv: boolean }[],
  what: string,
): Promise<number> {
  let removed = 0;
  for (const f of freed) {
    try {
      await storeFor(stores, f).remove(ctx.role.organisasjonId, f.sjekksum);
      removed += 1;
    } catch (error) {
      ctx.log.error({ err: error, sjekksum: f.sjekksum }, `${what}: stored content could not be removed`);
    }
  }
  return removed;
}
