import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { runDueJobs } from '../../src/jobs/background.js';
import { createMailer, type Mailer } from '../../src/mail/outgoing/mailer.js';
import { enqueueMail, SEND_MAIL_JOB } from '../../src/mail/outgoing/mail-job.js';
import { smtpSettings } from '../../src/mail/outgoing/mail-settings.js';
import { createDocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, seedWorld, silentLog } from '../support/world.js';
import { startTestSmtp, type TestSmtp } from './smtp-test-server.js';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';

/** Outgoing mail (issue 13): queued in the transaction, sent by a job over real SMTP, retried when the server refuses. */
describe(`outgoing mail over SMTP (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let ctx: Ctx;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-mail-'));
  const config = { dataDir };
  const run = () => runDueJobs({ db: handle.db, log: silentLog, config, mailer });
  const jobOf = (nokkel: string) =>
    handle.db.selectFrom('jobb').selectAll().where('type', '=', SEND_MAIL_JOB).where('nokkel', '=', nokkel).executeTakeFirstOrThrow();

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    smtp = await startTestSmtp();
    mailer = createMailer({ url: smtp.url, from: 'Saksgang <postmottak@valer.kommune.no>' });
    ctx = await ctxFor(handle, 'valer.arkivar', 'valer', 'ARK');
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads SMTP_URL and SMTP_FROM, and is off without SMTP_URL', () => {
    expect(smtpSettings({})).toBeUndefined();
    expect(smtpSettings({ SMTP_URL: 'smtp://h:25', SMTP_FROM: 'a@b.no' })).toEqual({ url: 'smtp://h:25', from: 'a@b.no' });
    expect(() => smtpSettings({ SMTP_URL: 'smtp://h:25' })).toThrow(/SMTP_FROM/);
  });

  it('sends a queued e-mail only when its transaction commits, with its attachment', async () => {
    const store = createDocumentStores(config, silentLog).plain;
    const pdf = Buffer.from('%PDF-1.4 brev');
    const put = await store.put(ctx.role.organisasjonId, Readable.from([pdf]));
    await inTenant(ctx, (tx) =>
      enqueueMail(
        tx,
        ctx.role.organisasjonId,
        {
          til: 'ola@example.no',
          emne: 'Videresendt post',
          tekst: 'Hei',
          vedlegg: [{ filnavn: 'brev.pdf', innholdstype: 'application/pdf', sjekksum: put.sha256, storrelse: put.size }],
        },
        'commit-1',
      ),
    );
    await expect(
      inTenant(ctx, async (tx) => {
        await enqueueMail(tx, ctx.role.organisasjonId, { til: 'x@example.no', emne: 'Aldri', tekst: '' }, 'rolled-back');
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    await run();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Videresendt post']);
    const [mail] = smtp.received;
    expect(mail!.from?.text).toContain('postmottak@valer.kommune.no');
    expect(mail!.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([['brev.pdf', '%PDF-1.4 brev']]);
    expect(await jobOf('commit-1')).toMatchObject({ status: 'ferdig' });
    expect(await handle.db.selectFrom('jobb').select('id').where('nokkel', '=', 'rolled-back').execute()).toEqual([]);
  });

  it('tries again later when the SMTP server refuses, and sends then', async () => {
    smtp.received.length = 0;
    smtp.refuse = true;
    await inTenant(ctx, (tx) =>
      enqueueMail(tx, ctx.role.organisasjonId, { til: 'kari@example.no', emne: 'Forsøk', tekst: 'x' }, 'retry-1'),
    );
    await run();
    const first = await jobOf('retry-1');
    expect(first).toMatchObject({ status: 'venter', forsok: 1 });
    expect(first.feilmelding).toMatch(/451|try again/);
    smtp.refuse = false;
    await handle.db
      .updateTable('jobb')
      .set({ kjor_etter: sql<Date>`now()` })
      .where('nokkel', '=', 'retry-1')
      .execute();
    await run();
    expect(await jobOf('retry-1')).toMatchObject({ status: 'ferdig', forsok: 2 });
    expect(smtp.received.map((m) => m.subject)).toEqual(['Forsøk']);
  });

  it('finishes unsent, without error, when no SMTP server is configured', async () => {
    await inTenant(ctx, (tx) => enqueueMail(tx, ctx.role.organisasjonId, { til: 'a@example.no', emne: 'Av', tekst: '' }, 'off-1'));
    await runDueJobs({ db: handle.db, log: silentLog, config, mailer: undefined });
    expect(await jobOf('off-1')).toMatchObject({ status: 'ferdig' });
  });
});
