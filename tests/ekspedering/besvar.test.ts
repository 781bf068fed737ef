import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import type { Arbeidsliste } from '../../src/features/arbeidslister/domain/worklists.js';
import { besvarJournalpost, type BesvarInput } from '../../src/features/besvarelse/besvar-journalpost.js';
import { ekspederJournalpost } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import { presentSvarOgEkspedering } from '../../src/features/ekspedering/ekspedering-presenter.js';
import { getSvarOgEkspedering } from '../../src/features/ekspedering/get-svar-og-ekspedering.js';
import { listJournalpostEndringslogg } from '../../src/features/endringslogg/list-endringslogg.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { avskrivJournalpost } from '../../src/features/oppgaver/avskriv-journalpost.js';
import { createFileStore, fileSettings } from '../../src/files/file-settings.js';
import type { Ctx } from '../../src/shared/context.js';
import { tempDataDir } from '../documents/fixtures.js';
import { letterOnExistingCase } from '../oppgaver/oppgaver-world.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { engineName } from '../support/test-db.js';
import { finish, finishedRecord, officeOf, templateId, type Office } from './ekspedering-world.js';

/** «Besvar og avskriv», «Foreløpig svar», «Besvar uten å avskrive», «Avskriv» (issue 14 item 1; seed 002 10.2, 10.6, 10.8). */
describe(`answer and write off (${engineName()})`, () => {
  let team: ValerTeam;
  let o: Office;
  valerTeam((t) => (team = t));
  const dataDir = tempDataDir();
  const plain = createFileStore(fileSettings({ dataDir }));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const setup = async () => (o ??= await officeOf(team.handle));
  const ids = async (ctx: Ctx, liste: Arbeidsliste) =>
    (await listArbeidsliste(ctx, liste, { side: 1, perSide: 200 })).items.map((i) => i.journalpost?.id);
  const row = async (ctx: Ctx, liste: Arbeidsliste, id: string) =>
    (await listArbeidsliste(ctx, liste, { side: 1, perSide: 200 })).items.find((i) => i.journalpost?.id === id);
  const view = async (ctx: Ctx, id: string) => presentSvarOgEkspedering(await getSvarOgEkspedering(ctx, id));
  const answer = async (ctx: Ctx, id: string, input: Omit<BesvarInput, 'brevmalId'> & { maltype?: string }) => {
    const { maltype, ...rest } = input;
    return besvarJournalpost(ctx, plain, id, {
      brevmalId: await templateId(ctx, maltype ?? (input.journalposttype === 'U' ? 'brev' : 'notat')),
      ...rest,
    });
  };
  const dispatch = async (ctx: Ctx, id: string) => {
    await finish(team.handle, ctx, id);
    return ekspederJournalpost(ctx, id);
  };

  it('«Besvar og avskriv»: a letter from a template to the sender; the incoming is written off BU only when the answer is dispatched', async () => {
    await setup();
    const { sak, jp } = await letterOnExistingCase(o, o.sb, 'Spørsmål om tomtegrense');
    expect(await ids(o.sb, 'ubesvarte')).toContain(jp.id);
    const svar = await answer(o.sb, jp.id, { svarmaate: 'avskriv', journalposttype: 'U', tittel: 'Svar om tomtegrense' });
    const answerView = await view(o.sb, svar.id);
    expect(answerView.besvarer.map((l) => [l.id, l.svarmaate])).toEqual([[jp.id, 'avskriv']]);
    // The sender became the recipient; no address: printed.
    expect(answerView.forslag.map((f) => [f.mottaker, f.korrespondanseparttype, f.kanal])).toEqual([['Ola Avsender', 'EM', 'utskrift']]);
    const docs = await team.handle.db.selectFrom('dokumentbeskrivelse').select('id').where('journalpost_id', '=', svar.id).execute();
    expect(docs).toHaveLength(1);
    // Answered, not yet written off: still to answer and in the backlog.
    expect(await ids(o.sb, 'ubesvarte')).toContain(jp.id);
    expect(await ids(o.sb, 'restanser')).toContain(jp.id);
    expect((await view(o.sb, jp.id)).avskrivninger).toEqual([]);
    const res = await dispatch(o.sb, svar.id);
    expect(res.avskrevet).toEqual([jp.id]);
    expect(await ids(o.sb, 'ubesvarte')).not.toContain(jp.id);
    expect(await ids(o.sb, 'restanser')).not.toContain(jp.id);
    const incoming = await view(o.sb, jp.id);
    expect(incoming.besvartAv.map((l) => [l.id, l.journalposttype, l.journalstatus])).toEqual([[svar.id, 'U', 'E']]);
    expect(incoming.avskrivninger).toMatchObject([{ avskrivningsmaate: 'BU', referanseAvskrivesAvJournalpost: svar.id, mottaker: null }]);
    expect(sak.id).toBeTruthy();
  });

  it('«Foreløpig svar» keeps the incoming in Ubesvarte, marked once dispatched; the final answer by e-mail writes it off BE', async () => {
    await setup();
    const { jp } = await letterOnExistingCase(o, o.sb, 'Klage på brøyting');
    const interim = await answer(o.sb, jp.id, { svarmaate: 'forelopig', journalposttype: 'U', tittel: 'Foreløpig svar' });
    expect((await row(o.sb, 'ubesvarte', jp.id))!.forelopigSvar).toBe(false);
    await dispatch(o.sb, interim.id);
    expect((await row(o.sb, 'ubesvarte', jp.id))!.forelopigSvar).toBe(true);
    expect(await ids(o.sb, 'restanser')).toContain(jp.id);
    const final = await answer(o.sb, jp.id, {
      svarmaate: 'avskriv',
      journalposttype: 'U',
      tittel: 'Svar på klage',
      korrespondanseparter: [{ korrespondanseparttype: 'EM', navn: 'Ola Avsender', epostadresse: 'ola@example.no' }],
    });
    await dispatch(o.sb, final.id);
    expect(await ids(o.sb, 'ubesvarte')).not.toContain(jp.id);
    expect((await view(o.sb, jp.id)).avskrivninger.map((a) => [a.avskrivningsmaate, a.referanseAvskrivesAvJournalpost])).toEqual([
      ['BE', final.id],
    ]);
  });

  it('one outgoing answers several incoming (krav 3.4.4), one incoming is answered by several (3.4.3); «uten» writes nothing off', async () => {
    await setup();
    const { sak, jp: first } = await letterOnExistingCase(o, o.sb, 'Søknad del 1');
    const second = await registerJournalpost(o.ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Søknad del 2',
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Ola Avsender' }],
    });
    const without = await answer(o.sb, first.id, { svarmaate: 'uten', journalposttype: 'U', tittel: 'Bekreftelse' });
    await dispatch(o.sb, without.id);
    expect((await view(o.sb, first.id)).avskrivninger).toEqual([]);
    const both = await answer(o.sb, first.id, { svarmaate: 'avskriv', journalposttype: 'U', tittel: 'Vedtak', ogsaBesvarer: [second.id] });
    expect(both.besvarer).toEqual([first.id, second.id]);
    expect((await dispatch(o.sb, both.id)).avskrevet.sort()).toEqual([first.id, second.id].sort());
    expect((await view(o.sb, first.id)).besvartAv.map((l) => [l.id, l.svarmaate])).toEqual([
      [without.id, 'uten'],
      [both.id, 'avskriv'],
    ]);
    expect(await ids(o.sb, 'restanser')).not.toContain(second.id);
    // Each link stands in the change log with who made it.
    const logged = await team.handle.db
      .selectFrom('endringslogg as e')
      .innerJoin('besvarelse as b', 'b.id', 'e.objekt_id')
      .select(['e.felt', 'e.ny_verdi', 'e.endret_av'])
      .where('b.svar_journalpost_id', '=', both.id)
      .where('e.felt', '=', 'svarmaate')
      .execute();
    expect(logged.map((e) => [e.ny_verdi, e.endret_av])).toEqual([
      ['avskriv', o.sb.actor.brukerId],
      ['avskriv', o.sb.actor.brukerId],
    ]);
    // The answered record's own change log shows each answer and the write-off it got.
    const fields = async (id: string) =>
      (await listJournalpostEndringslogg(o.sb, id, { side: 1, perSide: 500 })).items.map((e) => [e.objekt_type, e.felt]);
    expect(await fields(first.id)).toEqual(
      expect.arrayContaining([
        ['besvarelse', 'svarmaate'],
        ['avskrivning', 'avskrivningsmaate'],
      ]),
    );
    expect((await fields(both.id)).filter(([t, f]) => t === 'besvarelse' && f === 'svarmaate')).toHaveLength(2);
  });

  it('refuses what cannot be answered that way, and who may not answer, storing nothing', async () => {
    await setup();
    const { jp: x } = await finishedRecord(o.sb, 'X', [
      { korrespondanseparttype: 'IM', navn: 'Per', saksbehandlerId: o.tekSb.actor.brukerId },
    ]);
    await expect(answer(o.sb, x.id, { svarmaate: 'avskriv', journalposttype: 'N' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(answer(o.sb, x.id, { svarmaate: 'forelopig', journalposttype: 'N' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const { jp: u } = await finishedRecord(o.sb, 'U', [{ korrespondanseparttype: 'EM', navn: 'Ola' }]);
    await expect(answer(o.sb, u.id, { svarmaate: 'avskriv', journalposttype: 'U' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const { jp } = await letterOnExistingCase(o, o.sb, 'Ikke ditt');
    await expect(answer(o.tekSb, jp.id, { svarmaate: 'avskriv', journalposttype: 'U' })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await expect(avskrivJournalpost(o.tekSb, jp.id, { avskrivningsmaate: 'TE' })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    // A record of another case cannot be answered by the same answer.
    const other = await letterOnExistingCase(o, o.sb, 'Annen sak');
    await expect(answer(o.sb, jp.id, { svarmaate: 'avskriv', journalposttype: 'U', ogsaBesvarer: [other.jp.id] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await view(o.sb, jp.id)).besvartAv).toEqual([]);
  });

  it('writes off an N note per internal recipient (krav 3.4.6): each recipient for their own part, by code or by answering with a note', async () => {
    await setup();
    const sak = await createCase(o.sb, { tittel: 'Intern avklaring' });
    const { jp: note } = await finishedRecord(
      o.sb,
      'N',
      [
        { korrespondanseparttype: 'IM', navn: o.sb2.actor.navn, saksbehandlerId: o.sb2.actor.brukerId },
        { korrespondanseparttype: 'IM', navn: o.tekSb.actor.navn, saksbehandlerId: o.tekSb.actor.brukerId },
      ],
      sak.id,
    );
    await ekspederJournalpost(o.sb, note.id);
    expect(await ids(o.sb2, 'ubesvarte')).toContain(note.id);
    expect(await ids(o.tekSb, 'ubesvarte')).toContain(note.id);
    await avskrivJournalpost(o.sb2, note.id, { avskrivningsmaate: 'TE' });
    expect(await ids(o.sb2, 'ubesvarte')).not.toContain(note.id);
    expect(await ids(o.tekSb, 'ubesvarte')).toContain(note.id);
    // The recipient in another unit answers in the author's case, with a note back to the author.
    const svar = await answer(o.tekSb, note.id, { svarmaate: 'avskriv', journalposttype: 'N', tittel: 'Svar på notat' });
    expect((await view(o.tekSb, svar.id)).forslag.map((f) => [f.mottaker, f.kanal])).toEqual([[o.sb.actor.navn, 'intern']]);
    await dispatch(o.tekSb, svar.id);
    expect(await ids(o.tekSb, 'ubesvarte')).not.toContain(note.id);
    expect((await view(o.sb, note.id)).avskrivninger.map((a) => [a.avskrivningsmaate, a.mottaker])).toEqual([
      ['TE', o.sb2.actor.navn],
      ['BN', o.tekSb.actor.navn],
    ]);
    // The answer is a note for follow-up: it reaches the author's Ubesvarte.
    expect(await ids(o.sb, 'ubesvarte')).toContain(svar.id);
  });
});
