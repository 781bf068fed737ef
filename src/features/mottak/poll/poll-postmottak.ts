import type { FileStore } from '../../../files/file-store.js';
import type { Ctx } from '../../../shared/context.js';
import { importEml } from '../import-eml.js';
import type { Postmottak } from '../mottak-settings.js';
import { openMailSource } from './mail-source.js';

export interface PollResult {
  nye: number;
  duplikater: number;
  forStore: number;
}

/**
 * Empties one organisation's postmottak into its reception queue. Each
 * message is taken from the mailbox (POP3: deleted at the end of the
 * session; IMAP: marked read) only after it is committed to the queue, so a
 * failure mid-way loses nothing: the next poll fetches it again and the
 * queue knows it by its Message-ID or content. A message larger than the
 * upload limit stays in the mailbox and is logged.
 */
export async function pollPostmottak(
  ctx: Ctx,
  store: FileStore,
  mailbox: Postmottak,
  limits: { maxBytes: number; maxVedleggBytes: number },
): Promise<PollResult> {
  const result: PollResult = { nye: 0, duplikater: 0, forStore: 0 };
  const kilde = `${mailbox.url.protocol.replace(':', '')}://${mailbox.url.username}@${mailbox.url.host}${mailbox.url.pathname === '/' ? '' : mailbox.url.pathname}`;
  const source = await openMailSource(mailbox.url, { maxBytes: limits.maxBytes });
  try {
    for await (const message of source.messages()) {
      if (!message.raw) {
        result.forStore += 1;
        ctx.log.warn({ kilde, bytes: message.bytes }, 'postmottak: a message larger than the upload limit was left in the mailbox');
        continue;
      }
      const received = await importEml(ctx, store, { raw: message.raw, kilde, maxVedleggBytes: limits.maxVedleggBytes });
      await message.taken();
      if (received.duplikat) result.duplikater += 1;
      else result.nye += 1;
    }
  } finally {
    await source.close();
  }
  if (result.nye + result.duplikater > 0) ctx.log.info({ kilde, ...result }, 'postmottak emptied into the reception queue');
  return result;
}
