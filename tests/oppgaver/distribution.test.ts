import { describe, expect, it } from 'vitest';
import { fordelJournalpost } from '../../src/features/oppgaver/fordel-journalpost.js';
import { omfordelJournalpost } from '../../src/features/oppgaver/omfordel-journalpost.js';
import { inTenant } from '../../src/db/tenant.js';
import type { Ctx } from '../../src/shared/context.js';
import { engineName } from '../support/test-db.js';
import { valerTeam, type ValerTeam } from '../records/records-world.js';
import { crewOf, letterInNewCase, letterOnExistingCase, type Crew } from './oppgaver-world.js';

describe(`distribution of incoming post (${engineName()})`, () => {
  let team: ValerTeam;
  let crew: Crew;
  valerTeam((t) => (team = t));
  const setup = async () => (crew ??= await crewOf(team.handle));

  const tasksOf = (ctx: Ctx, journalpostId: string) =>
    inTenant(ctx, (tx) =>
      tx
        .selectFrom('oppgave')
        .selectAll()
        .where('organisasjon_id', '=', ctx.role.organisasjonId)
        .where('journalpost_id', '=', journalpostId)
        .orderBy('opprettet_dato')
        .execute(),
    );
  const notified = (ctx: Ctx, oppgaveId: string) =>
    inTenant(ctx, (tx) => tx.selectFrom('varsel').select('bruker_id').where('oppgave_id', '=', oppgaveId).execute()).then((r) =>
      r.map((x) => x.bruker_id).sort(),
    );
  const logOf = (ctx: Ctx, id: string) =>
    inTenant(ctx, (tx) =>
      tx.selectFrom('endringslogg').select(['felt', 'ny_verdi', 'tidligere_verdi']).where('objekt_id', '=', id).orderBy('id').execute(),
    );

  it("sends a new case's letter to its unit, notifies the unit's leader and deputy, and the leader distributes it to a case worker", async () => {
    await setup();
    const { sak, jp } = await letterInNewCase(crew);
    const [fordel] = await tasksOf(crew.ark, jp.id);
    expect(fordel).toMatchObject({ oppgavetype: 'fordele', mottaker_enhet_id: crew.bygg, mottaker_bruker_id: null, lukket_dato: null });
    expect(await notified(crew.ark, fordel!.id)).toEqual([crew.led.actor.brukerId, crew.sf.actor.brukerId].sort());

    const frist = '2099-01-15';
    const { oppgaveId } = await fordelJournalpost(crew.led, fordel!.id, {
      saksbehandlerId: crew.sb.actor.brukerId,
      frist,
      merknad: 'Se på strandsonen',
    });
    const tasks = await tasksOf(crew.ark, jp.id);
    expect(tasks.find((t) => t.id === fordel!.id)).toMatchObject({ lukket_hvordan: 'fordelt', lukket_av: crew.led.actor.brukerId });
    expect(tasks.find((t) => t.id === oppgaveId)).toMatchObject({
      oppgavetype: 'besvare',
      mottaker_bruker_id: crew.sb.actor.brukerId,
      frist,
      merknad: 'Se på strandsonen',
    });
    expect(await notified(crew.ark, oppgaveId)).toEqual([crew.sb.actor.brukerId]);
    const rec = await inTenant(crew.ark, (tx) =>
      tx.selectFrom('journalpost').selectAll().where('id', '=', jp.id).executeTakeFirstOrThrow(),
    );
    expect(rec).toMatchObject({ saksbehandler_id: crew.sb.actor.brukerId, forfallsdato: frist });
    const case_ = await inTenant(crew.ark, (tx) =>
      tx.selectFrom('saksmappe').selectAll().where('id', '=', sak.id).executeTakeFirstOrThrow(),
    );
    expect(case_.saksansvarlig_id).toBe(crew.sb.actor.brukerId);
    const log = await logOf(crew.ark, jp.id);
    expect(log.filter((l) => l.felt === 'fordeling').map((l) => l.ny_verdi)).toEqual([
      'Byggesak',
      `${crew.sb.actor.navn} – Se på strandsonen`,
    ]);
    expect(log.some((l) => l.felt === 'saksbehandler' && l.ny_verdi === crew.sb.actor.navn)).toBe(true);
  });

  it("refuses the distribution to anyone but the unit's leaders and the archive, and a second distribution of the same task", async () => {
    await setup();
    const { jp } = await letterInNewCase(crew, 'Klage på nabo');
    const [fordel] = await tasksOf(crew.ark, jp.id);
    const to = { saksbehandlerId: crew.sb.actor.brukerId };
    await expect(fordelJournalpost(crew.sb, fordel!.id, to)).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await fordelJournalpost(crew.sf, fordel!.id, to);
    await expect(fordelJournalpost(crew.led, fordel!.id, to)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('sends post on an existing case straight to the case owner, who is notified; the archive is not', async () => {
    await setup();
    const { jp } = await letterOnExistingCase(crew, crew.sb2);
    const tasks = await tasksOf(crew.ark, jp.id);
    expect(tasks.map((t) => [t.oppgavetype, t.mottaker_bruker_id])).toEqual([['besvare', crew.sb2.actor.brukerId]]);
    expect(await notified(crew.ark, tasks[0]!.id)).toEqual([crew.sb2.actor.brukerId]);
  });

  it('redistributes to another case worker or to a unit, with the reason, by whoever holds the task', async () => {
    await setup();
    const { jp } = await letterOnExistingCase(crew, crew.sb, 'Feil mottaker');
    await expect(
      omfordelJournalpost(crew.sb2, jp.id, { til: { brukerId: crew.sb2.actor.brukerId }, begrunnelse: 'Min' }),
    ).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    });
    await expect(
      omfordelJournalpost(crew.sb, jp.id, { til: { brukerId: crew.sb2.actor.brukerId }, begrunnelse: ' ' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const first = await omfordelJournalpost(crew.sb, jp.id, { til: { brukerId: crew.sb2.actor.brukerId }, begrunnelse: 'Siri har saken' });
    let tasks = await tasksOf(crew.ark, jp.id);
    expect(tasks.map((t) => [t.oppgavetype, t.mottaker_bruker_id, t.lukket_hvordan])).toEqual([
      ['besvare', crew.sb.actor.brukerId, 'videresendt'],
      ['besvare', crew.sb2.actor.brukerId, null],
    ]);
    expect(await notified(crew.ark, first.oppgaveId)).toEqual([crew.sb2.actor.brukerId]);
    await omfordelJournalpost(crew.sb2, jp.id, { til: { enhetId: crew.tek }, begrunnelse: 'Gjelder vei' });
    tasks = await tasksOf(crew.ark, jp.id);
    expect(tasks.at(-1)).toMatchObject({ oppgavetype: 'fordele', mottaker_enhet_id: crew.tek, merknad: 'Gjelder vei', lukket_dato: null });
    const rec = await inTenant(crew.ark, (tx) =>
      tx.selectFrom('journalpost').selectAll().where('id', '=', jp.id).executeTakeFirstOrThrow(),
    );
    expect(rec.administrativ_enhet_id).toBe(crew.tek);
    const log = (await logOf(crew.ark, jp.id)).filter((l) => l.felt === 'fordeling').map((l) => l.ny_verdi);
    expect(log.slice(-2)).toEqual([`${crew.sb2.actor.navn} – Siri har saken`, 'Teknisk drift og areal – Gjelder vei']);
  });
});
