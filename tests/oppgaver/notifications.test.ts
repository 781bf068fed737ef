import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/jobs/background.js';
import { createMailer, type Mailer } from '../../src/mail/outgoing/mailer.js';
import { fordelJournalpost } from '../../src/features/oppgaver/fordel-journalpost.js';
import { listVarsler } from '../../src/features/varsler/list-varsler.js';
import { setVarselInnstilling } from '../../src/features/varsler/varsel-innstilling.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { PASSWORD, silentLog } from '../support/world.js';
import { valerTeam, type ValerTeam } from '../records/records-world.js';
import { crewOf, letterInNewCase, letterOnExistingCase, type Crew } from './oppgaver-world.js';
import { startTestSmtp, type TestSmtp } from './smtp-test-server.js';

/** Each step notifies its receiver in the app and, if they chose so, by e-mail over SMTP (issue 13 item 4). */
describe(`notifications (${engineName()})`, () => {
  let team: ValerTeam;
  let crew: Crew;
  let smtp: TestSmtp | undefined;
  let mailer: Mailer | undefined;
  valerTeam((t) => (team = t));
  const setup = async () => (crew ??= await crewOf(team.handle));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-varsel-'));
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('notifies the leader in the app when post comes to the unit, and lets them mark it read over HTTP', async () => {
    await setup();
    const { jp } = await letterInNewCase(crew, 'Nabovarsel');
    const led = await loginAs(team.app, 'valer.leder', PASSWORD);
    const res = await led.request('GET', '/api/varsler?perSide=5');
    expect(res.statusCode).toBe(200);
    const first = res.json().items[0];
    expect(first).toMatchObject({ oppgavetype: 'fordele', journalpostId: jp.id, lest: false, fra: crew.ark.actor.navn });
    expect(first.registreringsId).toMatch(/^\d{4}\/\d+-1$/);
    expect(JSON.stringify(res.json())).not.toContain('Nabovarsel');
    const unread = res.json().uleste;
    expect((await led.request('POST', `/api/varsler/${first.id}/lest`)).statusCode).toBe(200);
    expect((await led.request('GET', '/api/varsler')).json().uleste).toBe(unread - 1);
    // Someone else's notification is not found.
    expect((await team.sb.request('POST', `/api/varsler/${first.id}/lest`)).statusCode).toBe(404);
  });

  it('e-mails the notification over SMTP to a receiver who chose e-mail, naming the task and number but not the title', async () => {
    await setup();
    smtp = await startTestSmtp();
    mailer = createMailer({ url: smtp.url, from: 'Saksgang <noreply@valer.kommune.no>' });
    await expect(setVarselInnstilling(crew.sb, { epost: true })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await setVarselInnstilling(crew.sb2, { epost: true })).toMatchObject({
      epost: true,
      epostadresse: expect.stringContaining('@'),
    });
    const { jp } = await letterInNewCase(crew, 'Hemmelig tittel om helse');
    const task = (await team.handle.db.selectFrom('oppgave').select('id').where('journalpost_id', '=', jp.id).executeTakeFirstOrThrow()).id;
    await fordelJournalpost(crew.led, task, { saksbehandlerId: crew.sb2.actor.brukerId, frist: '2099-03-01' });
    await runDueJobs({ db: team.handle.db, log: silentLog, config: { dataDir, publicUrl: 'https://saksgang.example.no' }, mailer });
    const mail = smtp.received.find((m) => m.to && JSON.stringify(m.to).includes('valer.sb2'))!;
    expect(mail).toBeDefined();
    expect(mail.subject).toMatch(/^Saksgang: Til besvarelse – \d{4}\/\d+-1$/);
    expect(mail.text).toContain(`https://saksgang.example.no/journalposter/${jp.id}`);
    expect(mail.text).toContain('Frist: 01.03.2099');
    expect(mail.text).not.toContain('Hemmelig');
    // The leader and deputy chose no e-mail: only the case worker's went out.
    expect(smtp.received).toHaveLength(1);
    // Turned off, nothing more goes out.
    await setVarselInnstilling(crew.sb2, { epost: false });
    const other = await letterOnExistingCase(crew, crew.sb2, 'Ny post');
    await runDueJobs({ db: team.handle.db, log: silentLog, config: { dataDir }, mailer });
    expect(smtp.received).toHaveLength(1);
    expect((await listVarsler(crew.sb2, { side: 1, perSide: 5 })).items[0]).toMatchObject({
      journalpostId: other.jp.id,
      oppgavetype: 'besvare',
    });
  });

  it('serves the e-mail choice over HTTP', async () => {
    const app = await createTestApp(team.handle);
    const sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    expect((await sb.request('GET', '/api/varsler/innstilling')).json()).toEqual({ epost: false, epostadresse: null });
    const refused = await sb.request('PUT', '/api/varsler/innstilling', { epost: true });
    expect(refused.statusCode).toBe(400);
    await app.close();
  });
});
