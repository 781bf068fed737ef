import { describe, expect, it } from 'vitest';
import { avskrivJournalpost } from '../../src/features/oppgaver/avskriv-journalpost.js';
import { listAktiviteter } from '../../src/features/rutiner/list-aktiviteter.js';
import type { Objekt } from '../../src/features/rutiner/domain/routine.js';
import type { Ctx } from '../../src/shared/context.js';
import { engineName } from '../support/test-db.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { as, createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { crewOf, letterOnExistingCase, type Crew } from '../oppgaver/oppgaver-world.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { sendPaaFlyt } from '../../src/features/godkjenning/send-paa-flyt.js';
import { svarPaaFlyt } from '../../src/features/godkjenning/svar-paa-flyt.js';
import { leaderOf } from '../godkjenning/godkjenning-world.js';

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

  const FLOW = ['send-til-godkjenning', 'send-til-gjennomgang', 'godkjenn', 'returner', 'videresend', 'ferdig-gjennomgaatt'];
  const flowOffered = async (ctx: Ctx, id: string) => (await offered(ctx, 'journalpost', id)).filter((a) => FLOW.includes(a));

  it('offers sending for approval and review to the author of a reserved own document, and each answer only to the person whose turn it is', async () => {
    await setup();
    const raadmann = await leaderOf(team.handle, 'RÅD', 'Rådmann');
    const sak = await createCase(crew.sb, { tittel: 'Sak: reguleringsplan' });
    const jp = await registerJournalpost(crew.sb, sak.id, { journalposttype: 'S', tittel: 'Saksframlegg – motor' });
    expect(await flowOffered(crew.sb, jp.id)).toEqual(['send-til-godkjenning', 'send-til-gjennomgang']);
    // Not the archive (no author), not another case worker (the change rule), not the leader before it is sent.
    expect(await flowOffered(crew.ark, jp.id)).toEqual([]);
    expect(await flowOffered(crew.sb2, jp.id)).toEqual([]);
    expect(await flowOffered(crew.led, jp.id)).not.toContain('godkjenn');

    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'godkjenning', til: [crew.led.actor.brukerId, raadmann.actor.brukerId] });
    expect(await flowOffered(crew.sb, jp.id)).toEqual([]);
    expect(await flowOffered(crew.led, jp.id)).toEqual(['godkjenn', 'returner', 'videresend']);
    expect(await flowOffered(raadmann, jp.id)).toEqual([]);
    await svarPaaFlyt(crew.led, jp.id, { handling: 'godkjenn' });
    expect(await flowOffered(crew.led, jp.id)).toEqual([]);
    expect(await flowOffered(raadmann, jp.id)).toEqual(['godkjenn', 'returner', 'videresend']);
    await svarPaaFlyt(raadmann, jp.id, { handling: 'returner', merknad: 'Mangler tall' });
    // Returned: the case worker sends it anew.
    expect(await flowOffered(crew.sb, jp.id)).toEqual(['send-til-godkjenning', 'send-til-gjennomgang']);
    expect(await flowOffered(raadmann, jp.id)).toEqual([]);

    // A review: the reviewer is done or forwards, never approves; approval is not asked while it goes on.
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'gjennomgang', til: [crew.sb2.actor.brukerId] });
    expect(await flowOffered(crew.sb2, jp.id)).toEqual(['videresend', 'ferdig-gjennomgaatt']);
    expect(await flowOffered(crew.sb, jp.id)).toEqual([]);
    await expect(
      svarPaaFlyt(crew.led, jp.id, { handling: 'videresend', til: raadmann.actor.brukerId, merknad: 'x' }),
    ).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    });
  });

  it('offers review, never approval, of an incoming letter, and nothing once it is void', async () => {
    await setup();
    const { jp } = await letterOnExistingCase(crew, crew.sb, 'Innspill til planen');
    expect(await flowOffered(crew.sb, jp.id)).toEqual(['send-til-gjennomgang']);
    await changeJournalstatus(crew.ark, jp.id, { journalstatus: 'U' });
    expect(await flowOffered(crew.sb, jp.id)).toEqual([]);
  });

  const ANSWER = ['besvar', 'forelopig-svar', 'besvar-uten-avskrivning'];
  const answerOffered = async (ctx: Ctx, id: string) => (await offered(ctx, 'journalpost', id)).filter((a) => ANSWER.includes(a));

  it('offers answering an incoming letter to its case worker, an X note only «uten å avskrive», an own letter or a void record never', async () => {
    await setup();
    const { sak, jp } = await letterOnExistingCase(crew, crew.sb, 'Spørsmål om gjerde');
    expect(await answerOffered(crew.sb, jp.id)).toEqual(ANSWER);
    expect(await answerOffered(crew.sb2, jp.id)).toEqual([]);
    expect(await answerOffered(await as(team.handle, 'valer', 'LES'), jp.id)).toEqual([]);
    const own = await registerJournalpost(crew.sb, sak.id, { journalposttype: 'U', tittel: 'Eget brev' });
    expect(await answerOffered(crew.sb, own.id)).toEqual([]);
    const x = await registerJournalpost(crew.sb, sak.id, { journalposttype: 'X', tittel: 'Notat til arkivet' });
    expect(await answerOffered(crew.sb, x.id)).toEqual(['besvar-uten-avskrivning']);
    await changeJournalstatus(crew.ark, jp.id, { journalstatus: 'U' });
    expect(await answerOffered(crew.sb, jp.id)).toEqual([]);
  });
});
