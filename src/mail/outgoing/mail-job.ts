import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { FileStore } from '../../files/file-store.js';
import { jobRepository } from '../../jobs/job-repository.js';
import { PermanentJobError, type JobHandler } from '../../jobs/job-runner.js';
import type { Log } from '../../shared/context.js';
import type { Mailer } from './mailer.js';

/** The job that sends one e-mail. */
export const SEND_MAIL_JOB = 'send-epost';

const Vedlegg = z.object({
  filnavn: z.string().min(1),
  innholdstype: z.string().optional(),
  /** Content in the organisation's ordinary file store (never the secure zone: its documents are not e-mailed). */
  sjekksum: z.string().regex(/^[0-9a-f]{64}$/),
  storrelse: z.number().int().nonnegative(),
});

const MailData = z.object({
  til: z.string().min(3),
  emne: z.string(),
  tekst: z.string(),
  vedlegg: z.array(Vedlegg).optional(),
});

export type MailJobData = z.infer<typeof MailData>;

/**
 * Queues an e-mail in the caller's transaction: it leaves only if the work
 * that wants it commits, a slow SMTP server never holds up the request, and a
 * failed try is tried again (10 s, 1 min, 6 min …, 5 tries). `nokkel` makes a
 * second enqueue of the same message a no-op.
 */
export function enqueueMail(db: Kysely<DB>, organisasjonId: string, mail: MailJobData, nokkel: string | null = null) {
  return jobRepository.enqueue(db, { organisasjonId, type: SEND_MAIL_JOB, nokkel, data: mail, maksForsok: 5 });
}

/** Sends a queued e-mail; without a mailer (SMTP_URL unset) the job finishes unsent, logged. */
export function sendMailHandler(mailer: Mailer | undefined, files: () => FileStore, log: Log): JobHandler {
  return async ({ job }) => {
    const parsed = MailData.safeParse(job.data);
    if (!parsed.success) throw new PermanentJobError(`the e-mail job's data is not an e-mail: ${parsed.error.message}`);
    if (!mailer) {
      log.info({ job: job.id }, 'e-mail not sent: SMTP_URL is not set');
      return;
    }
    const { til, emne, tekst, vedlegg = [] } = parsed.data;
    const org = job.organisasjon_id;
    if (vedlegg.length > 0 && !org) throw new PermanentJobError('attachments need an organisation');
    const attachments = await Promise.all(
      vedlegg.map(async (v) => ({
        filename: v.filnavn,
        contentType: v.innholdstype,
        content: await files().open(org!, v.sjekksum, v.storrelse),
      })),
    );
    await mailer.send({ to: til, subject: emne, text: tekst, attachments });
  };
}
