import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-runner.js';
import { PermanentJobError } from '../../jobs/job-runner.js';
import type { Log } from '../../shared/context.js';
import type { Mailer } from '../../mail/outgoing/mailer.js';
import type { Oppgavetype } from '../oppgaver/domain/task-kinds.js';
import { notificationMail } from './domain/varsel-tekst.js';
import { varselRepository as repo } from './varsel-repository.js';

const Data = z.object({ varselId: z.uuid() });

/**
 * E-mails one notification (queued by the statement that made it, for a
 * receiver who chose e-mail). Nothing is sent without a mailer, to a
 * deactivated user, or to one with no address; a refused send is tried again.
 */
export function notificationMailHandler(mailer: Mailer | undefined, publicUrl: string, log: Log): JobHandler {
  return async ({ db, job }) => {
    const parsed = Data.safeParse(job.data);
    if (!parsed.success) throw new PermanentJobError('the notification job names no notification');
    const v = await repo.forMail(db, parsed.data.varselId);
    if (!v || !v.til_aktiv || !v.til_epost) return;
    if (!mailer) {
      log.info({ job: job.id }, 'notification e-mail not sent: SMTP_URL is not set');
      return;
    }
    const mail = notificationMail(
      { ...v, oppgavetype: v.oppgavetype as Oppgavetype, fra: v.fra_navn },
      publicUrl.replace(/\/$/, ''),
      v.journalpost_id,
      v.saksmappe_id,
    );
    await mailer.send({ to: v.til_epost, subject: mail.emne, text: mail.tekst });
  };
}
