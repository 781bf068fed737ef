import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ekspederJournalpost } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import { getSvarOgEkspedering } from '../../src/features/ekspedering/get-svar-og-ekspedering.js';
import { presentSvarOgEkspedering } from '../../src/features/ekspedering/ekspedering-presenter.js';
import { parseSvarUtKonto } from '../../src/integrations/svarut/svarut-settings.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { runDueJobs } from '../../src/jobs/background.js';
import { createMailer, type Mailer } from '../../src/mail/outgoing/mailer.js';
import { startTestSmtp, type TestSmtp } from '../oppgaver/smtp-test-server.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { engineName } from '../support/test-db.js';
import { silentLog } from '../support/world.js';
import { finishedRecord, officeOf, type Office } from './ekspedering-world.js';
import { leaseRunsOut } from './kanal-world.js';
import { startTestSvarUt, type TestSvarUt } from './svarut-test-server.js';

/**
 * The dispatch core and the channels together: «Ekspeder» on a finished
 * letter leaves one job per external recipient; the channels' jobs send
 * them (a real SMTP server, the spec-true SvarUt, the print folder) and
 * only then is each recipient, and at last the record, marked sent.
 */
describe(`dispatch through every channel (${engineName()})`, () => {
  let team: ValerTeam;
  let o: Office;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let svarut: TestSvarUt;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-eksp-core-'));
  valerTeam((t) => (team = t));
  const deps = () => ({
    db: team.handle.db,
    log: silentLog,
    config: { dataDir },
    mailer,
    svarUt: { kontoer: [parseSvarUtKonto('SVARUT_VALER', 'valer', svarut.kontoUrl)], tokenFile: undefined },
    utskriftDir: path.join(dataDir, 'utskrift'),
  });
  const view = async (id: string) => presentSvarOgEkspedering(await getSvarOgEkspedering(o.sb, id));

  beforeAll(async () => {
    smtp = await startTestSmtp();
    mailer = createMailer({ url: smtp.url, from: 'Våler kommune <postmottak@valer.kommune.no>' });
    svarut = await startTestSvarUt();
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await svarut.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends each recipient by its channel and marks the record sent when the last one is', async () => {
    o ??= await officeOf(team.handle);
    const sak = await createCase(o.sb, { tittel: 'Utslippstillatelse' });
    const { jp } = await finishedRecord(
      o.sb,
      'U',
      [
        { korrespondanseparttype: 'EM', navn: 'Ola Nordmann', epostadresse: 'ola@example.no' },
        {
          korrespondanseparttype: 'EM',
          navn: 'Bygg AS',
          organisasjonsnummer: '964947260',
          postadresse: 'Vegen 1',
          postnummer: '2270',
          poststed: 'FLISA',
        },
        { korrespondanseparttype: 'EM', navn: 'Kari', postadresse: 'Storgata 2', postnummer: '2260', poststed: 'KIRKENÆR' },
      ],
      sak.id,
    );
    await ekspederJournalpost(o.sb, jp.id);
    expect((await view(jp.id)).ekspedering.map((e) => [e.mottaker, e.kanal, e.status]).sort()).toEqual([
      ['Bygg AS', 'svarut', 'venter'],
      ['Kari', 'utskrift', 'venter'],
      ['Ola Nordmann', 'epost', 'venter'],
    ]);
    // A worker takes the e-mail job and dies: nothing is marked sent, and the job is taken again after its lease.
    const dying = await team.handle.db
      .selectFrom('ekspedering')
      .select('id')
      .where('journalpost_id', '=', jp.id)
      .where('kanal', '=', 'epost')
      .executeTakeFirstOrThrow();
    const killed = new JobRunner({
      db: team.handle.db,
      log: silentLog,
      handlers: { 'ekspeder-epost': () => new Promise(() => undefined) },
    });
    killed.start();
    await expect
      .poll(
        async () =>
          (await team.handle.db.selectFrom('jobb').select('status').where('nokkel', '=', dying.id).executeTakeFirstOrThrow()).status,
      )
      .toBe('kjorer');
    void killed.stop();
    expect((await view(jp.id)).ekspedering.find((e) => e.kanal === 'epost')).toMatchObject({ status: 'venter', sendtDato: null });
    await leaseRunsOut(team.handle, dying.id);
    await runDueJobs(deps());
    const after = await view(jp.id);
    expect(after.ekspedering.map((e) => e.status)).toEqual(['sendt', 'sendt', 'sendt']);
    expect(smtp.received.filter((m) => m.subject?.includes('Dokument U'))).toHaveLength(1);
    expect(
      svarut.received.filter((r) => r.forsendelse.mottaker && (r.forsendelse.mottaker as { digitalId?: string }).digitalId === '964947260'),
    ).toHaveLength(1);
    expect(svarut.invalid).toEqual([]);
    const record = await team.handle.db
      .selectFrom('journalpost')
      .select(['journalstatus', 'sendt_dato'])
      .where('id', '=', jp.id)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({ journalstatus: 'E' });
    expect(record.sendt_dato).not.toBeNull();
  });
});
