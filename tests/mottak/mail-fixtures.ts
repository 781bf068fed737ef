import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';

/** A MIME message as a mail server would deliver it, built by Nodemailer's composer. */
export async function composeEml(options: Mail.Options & { omitFrom?: boolean }): Promise<Buffer> {
  const { omitFrom, ...mail } = options;
  const message = new MailComposer({
    from: omitFrom ? undefined : 'Ola Nordmann <ola.nordmann@example.no>',
    to: 'postmottak@valer.kommune.no',
    date: new Date('2026-11-20T09:30:00Z'),
    ...mail,
  }).compile();
  // keepBcc off; a message without From must really have no From header.
  const raw = await message.build();
  return omitFrom ? Buffer.from(raw.toString('latin1').replace(/^From:.*\r\n/m, ''), 'latin1') : raw;
}

/** A letter as a PDF attachment. */
export async function pdfAttachment(filename: string, text: string) {
  return { filename, content: Buffer.from(await makePdf(text, filename)), contentType: 'application/pdf' };
}
