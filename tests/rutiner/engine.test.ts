import { describe, expect, it } from 'vitest';
import { avskrivJournalpost } from '../../src/features/oppgaver/avskriv-journalpost.js';
import { listAktiviteter } from '../../src/features/rutiner/list-aktiviteter.js';
import type { Objekt } from '../../src/features/rutiner/domain/routine.js';
import type { Ctx } from '../../src/shared/context.js';
import { engineName } from '../support/test-db.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import { as, createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { crewOf, letterOnExistingCase, type Crew } from '../oppgaver/oppgaver-world.js';

/** The engine of routines as data (issue 14 item 5): which activities a person is offered, and that only those run. */
describe(`the activity engine (${engineName()})`, () => {
  let team: ValerTeam;
  let crew: Crew;
  valerTeam((t) => (team = t));
  const setup = async () => (crew ??= await crewOf(team.handle));
  const offered = async (ctx: Ctx, objekt: Objekt, id: string) => (await listAktiviteter(ctx, objekt, id)).aktiviteter.map((a) => a.id);

  it('offers the case worker «Avskriv» on an incoming letter until it is written off, then refuses a second time', async () => {
    await setup();
    const { jp } = await letterOnExistingCase(crew, crew.sb, 'Spørsmål om avkjørsel');
    expect(await offered(crew.sb, 'journalpost', jp.id)).toContain('avskriv');
    await avskrivJournalpost(crew.sb, jp.id, { avskrivningsmaate: 'TE' });
    expect(await offered(crew.sb, 'journalpost', jp.id)).not.toContain('avskriv');
    await expect(avskrivJournalpost(crew.sb, jp.id, { avskrivningsmaate: 'TO' })).rejects.toMatchObject({ code: 'ACTIVITY_NOT_OPEN' });
  });

  it('offers each role only its steps: the archive journalfører, the case worker does not; a reader is offered nothing', async () => {
    await setup();
    const { sak, jp } = await letterOnExistingCase(crew, crew.sb, 'Klage på støy');
    expect(await offered(crew.ark, 'journalpost', jp.id)).toEqual(expect.arrayContaining(['journalfor', 'utgaar']));
    expect(await offered(crew.sb, 'journalpost', jp.id)).not.toContain('journalfor');
    const reader = await as(team.handle, 'valer', 'LES');
    expect(await offered(reader, 'journalpost', jp.id)).toEqual([]);
    expect(await offered(reader, 'saksmappe', sak.id)).toEqual([]);
  });

  it('offers closing to the archive, and reopening only on a closed case and only to the archive', async () => {
    await setup();
    const sak = await createCase(crew.ark, { tittel: 'Sak uten journalposter' });
    expect(await offered(crew.ark, 'saksmappe', sak.id)).toContain('sak-avslutt');
    expect(await offered(crew.ark, 'saksmappe', sak.id)).not.toContain('sak-gjenapne');
    await changeSaksstatus(crew.ark, sak.id, { saksstatus: 'A' });
    expect(await offered(crew.ark, 'saksmappe', sak.id)).toContain('sak-gjenapne');
    expect(await offered(crew.ark, 'saksmappe', sak.id)).not.toContain('sak-send-tilbake');
    expect(await offered(crew.sb, 'saksmappe', sak.id)).toEqual([]);
    // A case the case worker asked to close is sent back, not «reopened».
    const asked = await createCase(crew.sb, { tittel: 'Ferdig sak' });
    await changeSaksstatus(crew.ark, asked.id, { saksstatus: 'B' });
    await changeSaksstatus(crew.sb, asked.id, { saksstatus: 'S' });
    expect(await offered(crew.ark, 'saksmappe', asked.id)).toContain('sak-send-tilbake');
    expect(await offered(crew.ark, 'saksmappe', asked.id)).not.toContain('sak-gjenapne');
  });
});
