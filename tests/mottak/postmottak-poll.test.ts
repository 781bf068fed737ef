import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../src/db/tenant.js';
import { LocalFileStore } from '../../src/files/local-file-store.js';
import { mottakSettings } from '../../src/features/mottak/mottak-settings.js';
import { pollPostmottak } from '../../src/features/mottak/poll/poll-postmottak.js';
import { POLL_JOB } from '../../src/features/mottak/poll/poll-job.js';
import { runDueJobs } from '../../src/jobs/background.js';
import { jobRepository } from '../../src/jobs/job-repository.js';
import type { Ctx } from '../../src/shared/context.js';
import { tempDataDir } from '../documents/fixtures.js';
import { engineName } from '../support/test-db.js';
import { silentLog, systemCtxFor } from '../support/world.js';
import { valerTeam, type ValerTeam } from '../records/records-world.js';
import { dovecotAvailable, PASSWORD, startDovecot, type MailServer } from './dovecot.js';
import { composeEml } from './mail-fixtures.js';

const MIB = 1024 * 1024;
const limits = { maxBytes: 200 * MIB, maxVedleggBytes: 25 * MIB };

describe.runIf(dovecotAvailable())(`the postmottak poller against a real Dovecot (${engineName()})`, () => {
  let team: ValerTeam;
  valerTeam((t) => (team = t));
  let server: MailServer;
  let system: Ctx;
  const root = tempDataDir();
  const store = new LocalFileStore({ root });
  beforeAll(async () => {
    server = await startDovecot();
    system = await systemCtxFor(team.handle, 'valer');
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const mailbox = (protocol: 'imap' | 'pop3', user: string) => ({
    organisasjon: 'valer',
    url: new URL(`${protocol}://${user}:${PASSWORD}@127.0.0.1:${protocol === 'imap' ? server.imapPort : server.pop3Port}/INBOX`),
  });
  const queued = (messageId: string) =>
    inTenant(system, (tx) =>
      tx.selectFrom('mottak').select(['id', 'kanal', 'tittel', 'kilde']).where('message_id', '=', messageId).execute(),
    );

  it('empties an IMAP mailbox into the queue once: read messages are not fetched again, a re-delivered one is a duplicate', async () => {
    const first = await composeEml({ subject: 'Søknad om skjenkebevilling', messageId: '<imap-1@example.no>', text: 'Søknad' });
    await server.deliver('imap-postmottak', first);
    await server.deliver('imap-postmottak', await composeEml({ subject: 'Høringssvar', messageId: '<imap-2@example.no>', text: 'Svar' }));
    expect(await pollPostmottak(system, store, mailbox('imap', 'imap-postmottak'), limits)).toEqual({ nye: 2, duplikater: 0, forStore: 0 });
    expect(await pollPostmottak(system, store, mailbox('imap', 'imap-postmottak'), limits)).toEqual({ nye: 0, duplikater: 0, forStore: 0 });
    // The sender's server delivers the same message again.
    await server.deliver('imap-postmottak', first);
    expect(await pollPostmottak(system, store, mailbox('imap', 'imap-postmottak'), limits)).toEqual({ nye: 0, duplikater: 1, forStore: 0 });
    expect(await queued('<imap-1@example.no>')).toEqual([
      expect.objectContaining({
        kanal: 'epost',
        tittel: 'Søknad om skjenkebevilling',
        kilde: expect.stringMatching(/^imap:\/\/imap-postmottak@127\.0\.0\.1:\d+\/INBOX$/),
      }),
    ]);
  });

  it('empties a POP3 mailbox with its own client: fetched messages are deleted, a re-delivery is a duplicate', async () => {
    const raw = await composeEml({ subject: 'Klage', messageId: '<pop-1@example.no>', text: 'Klage\r\n.\r\n..med prikker' });
    await server.deliver('pop-postmottak', raw);
    expect(await pollPostmottak(system, store, mailbox('pop3', 'pop-postmottak'), limits)).toEqual({ nye: 1, duplikater: 0, forStore: 0 });
    expect(await server.count('pop-postmottak')).toBe(0);
    await server.deliver('pop-postmottak', raw);
    expect(await pollPostmottak(system, store, mailbox('pop3', 'pop-postmottak'), limits)).toEqual({ nye: 0, duplikater: 1, forStore: 0 });
    expect(await queued('<pop-1@example.no>')).toHaveLength(1);
    // Dot-stuffed lines arrive as they were written.
    const file = await inTenant(system, (tx) =>
      tx
        .selectFrom('mottak_fil')
        .innerJoin('mottak', 'mottak.id', 'mottak_fil.mottak_id')
        .select('mottak_fil.sjekksum')
        .where('mottak.message_id', '=', '<pop-1@example.no>')
        .executeTakeFirstOrThrow(),
    );
    let text = '';
    for await (const chunk of await store.open(system.role.organisasjonId, file.sjekksum)) text += (chunk as Buffer).toString();
    expect(text).toContain('Klage\n.\n..med prikker');
  });

  it('leaves a message over the upload limit in the mailbox, and refuses a wrong password without losing anything', async () => {
    await server.deliver('pop-stor', await composeEml({ subject: 'Stor', text: 'x'.repeat(5000) }));
    expect(await pollPostmottak(system, store, mailbox('pop3', 'pop-stor'), { ...limits, maxBytes: 1000 })).toEqual({
      nye: 0,
      duplikater: 0,
      forStore: 1,
    });
    expect(await server.count('pop-stor')).toBe(1);
    const wrong = { organisasjon: 'valer', url: new URL(`pop3://pop-stor:feil@127.0.0.1:${server.pop3Port}`) };
    await expect(pollPostmottak(system, store, wrong, limits)).rejects.toThrow(/POP3/);
    expect(await server.count('pop-stor')).toBe(1);
  });

  it('runs as a background job per organisation, configured by POSTMOTTAK_<KORTNAVN>', async () => {
    await server.deliver('jobb', await composeEml({ subject: 'Via jobben', messageId: '<jobb-1@example.no>', text: 'Hei' }));
    const env = { POSTMOTTAK_VALER: `imap://jobb:${PASSWORD}@127.0.0.1:${server.imapPort}/INBOX` };
    const settings = mottakSettings(env);
    expect(settings.postmottak.map((m) => m.organisasjon)).toEqual(['valer']);
    const previous = process.env.POSTMOTTAK_VALER;
    process.env.POSTMOTTAK_VALER = env.POSTMOTTAK_VALER;
    try {
      await jobRepository.enqueue(team.handle.db, {
        organisasjonId: system.role.organisasjonId,
        type: POLL_JOB,
        nokkel: 'test',
        data: { organisasjon: 'valer' },
      });
      await runDueJobs({ db: team.handle.db, log: silentLog, config: { dataDir: root }, plain: store });
    } finally {
      if (previous === undefined) delete process.env.POSTMOTTAK_VALER;
      else process.env.POSTMOTTAK_VALER = previous;
    }
    expect(await queued('<jobb-1@example.no>')).toHaveLength(1);
    const job = await team.handle.db
      .selectFrom('jobb')
      .select(['status', 'feilmelding'])
      .where('nokkel', '=', 'test')
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'ferdig', feilmelding: null });
  });

  it('refuses a wrongly written postmottak setting at start, naming the variable', () => {
    expect(() => mottakSettings({ POSTMOTTAK_VALER: 'smtp://x@host' })).toThrow(/POSTMOTTAK_VALER: the protocol/);
    expect(() => mottakSettings({ POSTMOTTAK_VALER: 'imap://host' })).toThrow(/POSTMOTTAK_VALER: the user name/);
  });
});
