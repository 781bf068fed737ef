import { ImapFlow } from 'imapflow';
import { Pop3Client } from './pop3-client.js';

/** A message waiting in a mailbox; `taken` removes it (POP3) or marks it read (IMAP) once it is safely in the queue. */
export interface WaitingMessage {
  /** Null when the message is larger than the queue takes: it stays in the mailbox. */
  raw: Buffer | null;
  bytes: number;
  taken(): Promise<void>;
}

export interface MailSource {
  messages(): AsyncIterable<WaitingMessage>;
  close(): Promise<void>;
}

/** Opens the mailbox the URL names: imap(s)://user:password@host:port/Folder or pop3(s)://user:password@host:port. */
export async function openMailSource(url: URL, options: { maxBytes: number }): Promise<MailSource> {
  const secure = url.protocol === 'imaps:' || url.protocol === 'pop3s:';
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  if (url.protocol.startsWith('imap')) return openImap(url, secure, user, password, options.maxBytes);
  const port = Number(url.port) || (secure ? 995 : 110);
  const client = await Pop3Client.connect({ host: url.hostname, port, secure });
  await client.login(user, password);
  return pop3Source(client, options.maxBytes);
}

function pop3Source(client: Pop3Client, maxBytes: number): MailSource {
  return {
    async *messages() {
      for (const { nummer, bytes } of await client.list()) {
        // Too large for the queue: left in the mailbox for a person to fetch (the poller logs it).
        const raw = bytes > maxBytes ? null : await client.retrieve(nummer);
        yield { raw, bytes, taken: () => client.delete(nummer) };
      }
    },
    close: () => client.quit(),
  };
}

async function openImap(url: URL, secure: boolean, user: string, pass: string, maxBytes: number): Promise<MailSource> {
  const client = new ImapFlow({
    host: url.hostname,
    port: Number(url.port) || (secure ? 993 : 143),
    secure,
    auth: { user, pass },
    logger: false,
    // A plain-text postmottak on localhost or a private network need not offer STARTTLS.
    doSTARTTLS: secure ? undefined : false,
  });
  await client.connect();
  const folder = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX';
  const lock = await client.getMailboxLock(folder);
  return {
    async *messages() {
      const uids = (await client.search({ seen: false }, { uid: true })) || [];
      for (const uid of uids) {
        const taken = async () => void (await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true }));
        const head = await client.fetchOne(String(uid), { size: true }, { uid: true });
        const bytes = head ? (head.size ?? 0) : 0;
        if (bytes > maxBytes) {
          yield { raw: null, bytes, taken };
          continue;
        }
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (message && message.source) yield { raw: message.source, bytes, taken };
      }
    },
    async close() {
      lock.release();
      await client.logout();
    },
  };
}
