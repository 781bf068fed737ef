import type { Readable } from 'node:stream';
import { createTransport } from 'nodemailer';
import type { SmtpSettings } from './mail-settings.js';

export interface MailAttachment {
  filename: string;
  contentType?: string | undefined;
  content: Readable | Buffer;
}

/** One message as the job sends it: plain text only (no HTML to sanitise, nothing remote to load). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[] | undefined;
  /** Our own Message-ID (`<…@…>`), when the sender keeps it as its reference (dispatch); else the transport makes one. */
  messageId?: string | undefined;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** How long one SMTP conversation may take before the try fails (and the job is tried again later). */
const TIMEOUT_MS = 30_000;

/** A mailer over SMTP (nodemailer, one pooled connection). */
export function createMailer(settings: SmtpSettings): Mailer {
  const transport = createTransport({
    url: settings.url,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, ...mail });
    },
    close: () => transport.close(),
  };
}
