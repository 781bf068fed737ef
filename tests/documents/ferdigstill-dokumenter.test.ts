import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { besvarJournalpost } from '../../src/features/besvarelse/besvar-journalpost.js';
import { sendPaaFlyt } from '../../src/features/godkjenning/send-paa-flyt.js';
import { svarPaaFlyt } from '../../src/features/godkjenning/svar-paa-flyt.js';
import { listAktiviteter } from '../../src/features/rutiner/list-aktiviteter.js';
import { createFileStore, fileSettings } from '../../src/files/file-settings.js';
import type { Ctx } from '../../src/shared/context.js';
import { officeOf, templateId, type Office } from '../ekspedering/ekspedering-world.js';
import { letterOnExistingCase } from '../oppgaver/oppgaver-world.js';
import { valerTeam, type ValerTeam } from '../records/records-world.js';
import { engineName } from '../support/test-db.js';
import { tempDataDir } from './fixtures.js';

/** The routine's «Ferdigstill dokumentene» (issue 14): the record's documents under work become F in one step. */
describe(`finishing a record's documents (${engineName()})`, () => {
  let team: ValerTeam;
  let o: Office;
  valerTeam((t) => (team = t));
  const dataDir = tempDataDir();
  const plain = createFileStore(fileSettings({ dataDir }));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const offered = async (ctx: Ctx, id: string) =>
    (await listAktiviteter(ctx, 'journalpost', id)).aktiviteter.map((a) => a.id).includes('ferdigstill-dokumenter');
  const statuses = (id: string) =>
    team.handle.db.selectFrom('dokumentbeskrivelse').select('dokumentstatus').where('journalpost_id', '=', id).execute();
  const finish = (id: string) => team.sb.request('POST', `/api/journalposter/${id}/dokumenter/ferdigstill`);

  it('is offered to the author while a document is under work, refused while approval is awaited, and done once approved', async () => {
    o = await officeOf(team.handle);
    const { jp } = await letterOnExistingCase(o, o.sb, 'Søknad om parkering');
    const svar = await besvarJournalpost(o.sb, plain, jp.id, {
      brevmalId: await templateId(o.sb, 'brev'),
      svarmaate: 'avskriv',
      journalposttype: 'U',
      tittel: 'Svar om parkering',
    });
    expect(await statuses(svar.id)).toEqual([{ dokumentstatus: 'B' }]);
    expect(await offered(o.sb, svar.id)).toBe(true);
    // Someone of another unit may not change the record's documents: not offered, and refused.
    expect(await offered(o.tekSb, svar.id)).toBe(false);

    await sendPaaFlyt(o.sb, svar.id, { flyttype: 'godkjenning', til: [o.led.actor.brukerId] });
    const awaiting = await finish(svar.id);
    expect(awaiting.statusCode, awaiting.body).toBe(409);
    expect(awaiting.json()).toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
    expect(await statuses(svar.id)).toEqual([{ dokumentstatus: 'B' }]);

    await svarPaaFlyt(o.led, svar.id, { handling: 'godkjenn' });
    const done = await finish(svar.id);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ ferdigstilt: 1 });
    expect(await statuses(svar.id)).toEqual([{ dokumentstatus: 'F' }]);
    // Nothing left under work: no longer offered, and a second try is refused in words.
    expect(await offered(o.sb, svar.id)).toBe(false);
    const again = await finish(svar.id);
    expect(again.json()).toMatchObject({ code: 'ACTIVITY_NOT_OPEN' });
  });
});
