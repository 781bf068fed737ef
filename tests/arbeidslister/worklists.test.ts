import { describe, expect, it } from 'vitest';
import { countArbeidslister } from '../../src/features/arbeidslister/count-arbeidslister.js';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import type { Arbeidsliste } from '../../src/features/arbeidslister/domain/worklists.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { ekspederJournalpost } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import { avskrivJournalpost } from '../../src/features/oppgaver/avskriv-journalpost.js';
import { closeTask } from '../../src/features/oppgaver/close-task.js';
import { fordelJournalpost } from '../../src/features/oppgaver/fordel-journalpost.js';
import { meldTilArkivet } from '../../src/features/oppgaver/meld-til-arkivet.js';
import { sendKopi } from '../../src/features/oppgaver/send-kopi.js';
import { addDays, osloDate } from '../../src/features/saksmappe/oslo-calendar.js';
import { updateSaksmappe } from '../../src/features/saksmappe/update-saksmappe.js';
import type { Ctx } from '../../src/shared/context.js';
import { engineName } from '../support/test-db.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { crewOf, letterInNewCase, letterOnExistingCase, type Crew } from '../oppgaver/oppgaver-world.js';

/** Every worklist's contents (issue 13 item 5): what enters each, what leaves it, and the start page's counts. */
describe(`worklists (${engineName()})`, () => {
  let team: ValerTeam;
  let crew: Crew;
  valerTeam((t) => (team = t));
  const setup = async () => (crew ??= await crewOf(team.handle));
  const today = osloDate(new Date());

  const list = async (ctx: Ctx, liste: Arbeidsliste) => (await listArbeidsliste(ctx, liste, { side: 1, perSide: 200 })).items;
  const recordIds = async (ctx: Ctx, liste: Arbeidsliste) => (await list(ctx, liste)).map((i) => i.journalpost?.id);
  const caseIds = async (ctx: Ctx, liste: Arbeidsliste) => (await list(ctx, liste)).map((i) => i.saksmappeId);

  it("«Til fordeling» holds the unit's new post for its leader and deputy until distributed; the case worker has no such list", async () => {
    await setup();
    const { jp } = await letterInNewCase(crew, 'Søknad om riving');
    expect(await recordIds(crew.led, 'til-fordeling')).toContain(jp.id);
    expect(await recordIds(crew.sf, 'til-fordeling')).toContain(jp.id);
    await expect(listArbeidsliste(crew.sb, 'til-fordeling', { side: 1, perSide: 10 })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    const task = (await list(crew.led, 'til-fordeling')).find((i) => i.journalpost?.id === jp.id)!;
    expect(task).toMatchObject({ oppgavetype: 'fordele', tittel: 'Søknad om riving', fullTilgang: true });
    await fordelJournalpost(crew.led, task.oppgaveId!, { saksbehandlerId: crew.sb2.actor.brukerId });
    expect(await recordIds(crew.led, 'til-fordeling')).not.toContain(jp.id);
    expect(await recordIds(crew.sb2, 'ubesvarte')).toContain(jp.id);
  });

  it('«Ubesvarte» shows the records to answer with their due date, red when overdue or due within 5 days', async () => {
    await setup();
    const { jp: soon } = await letterInNewCase(crew, 'Haster');
    const { jp: later } = await letterInNewCase(crew, 'Kan vente');
    const [a, b] = await list(crew.led, 'til-fordeling').then((l) => [soon, later].map((r) => l.find((i) => i.journalpost?.id === r.id)!));
    await fordelJournalpost(crew.led, a!.oppgaveId!, { saksbehandlerId: crew.sb.actor.brukerId, frist: addDays(today, 2) });
    await fordelJournalpost(crew.led, b!.oppgaveId!, { saksbehandlerId: crew.sb.actor.brukerId, frist: addDays(today, 30) });
    const items = await list(crew.sb, 'ubesvarte');
    const soonItem = items.find((i) => i.journalpost?.id === soon.id)!;
    const laterItem = items.find((i) => i.journalpost?.id === later.id)!;
    expect(soonItem).toMatchObject({ frist: addDays(today, 2), rod: true, tittel: 'Haster', fra: crew.led.actor.navn });
    expect(laterItem).toMatchObject({ frist: addDays(today, 30), rod: false });
    expect(items.indexOf(soonItem)).toBeLessThan(items.indexOf(laterItem));
  });

  it('«Restanser» holds my I and N records until written off; writing off closes the answer task too', async () => {
    await setup();
    const { jp } = await letterOnExistingCase(crew, crew.sb, 'Spørsmål om gjerde');
    const sak = await createCase(crew.sb2, { tittel: 'Intern sak' });
    const note = await registerJournalpost(crew.sb2, sak.id, {
      journalposttype: 'N',
      tittel: 'Notat til Ola',
      korrespondanseparter: [{ korrespondanseparttype: 'IM', navn: crew.sb.actor.navn, saksbehandlerId: crew.sb.actor.brukerId }],
      saksbehandlerId: crew.sb.actor.brukerId,
    });
    // A note reaches its recipient when it is dispatched (seed 002 10.6.1 step 8).
    expect(await recordIds(crew.sb, 'ubesvarte')).not.toContain(note.id);
    await changeJournalstatus(crew.sb, note.id, { journalstatus: 'F' });
    await ekspederJournalpost(crew.sb, note.id);
    expect(await recordIds(crew.sb, 'restanser')).toEqual(expect.arrayContaining([jp.id, note.id]));
    expect(await recordIds(crew.sb, 'ubesvarte')).toEqual(expect.arrayContaining([jp.id, note.id]));
    await expect(avskrivJournalpost(crew.sb, jp.id, { avskrivningsmaate: 'TLF' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await avskrivJournalpost(crew.sb, jp.id, { avskrivningsmaate: 'TLF', merknad: 'Ringte og forklarte reglene' });
    expect(await recordIds(crew.sb, 'restanser')).not.toContain(jp.id);
    expect(await recordIds(crew.sb, 'ubesvarte')).not.toContain(jp.id);
    expect(await recordIds(crew.sb, 'restanser')).toContain(note.id);
  });

  it('«Kopier» holds copies to me, or to the unit I lead, until marked read', async () => {
    await setup();
    const { jp } = await letterOnExistingCase(crew, crew.sb, 'Kopi ønskes');
    await sendKopi(crew.sb, jp.id, {
      mottakere: [{ brukerId: crew.sb2.actor.brukerId }, { enhetId: crew.bygg }],
      merknad: 'Til orientering',
    });
    const mine = (await list(crew.sb2, 'kopier')).find((i) => i.journalpost?.id === jp.id)!;
    expect(mine).toMatchObject({ oppgavetype: 'kopi', merknad: 'Til orientering', fra: crew.sb.actor.navn });
    expect(await recordIds(crew.led, 'kopier')).toContain(jp.id);
    await expect(closeTask(crew.sb, mine.oppgaveId!, 'lest')).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await closeTask(crew.sb2, mine.oppgaveId!, 'lest');
    expect(await recordIds(crew.sb2, 'kopier')).not.toContain(jp.id);
    expect(await recordIds(crew.led, 'kopier')).toContain(jp.id);
  });

  it('«Mine saker» and «OBS-dato» hold my open cases, the latter those with an OBS date passed or within 5 days', async () => {
    await setup();
    const mine = await createCase(crew.sb2, { tittel: 'Min sak' });
    const obsSoon = await createCase(crew.sb2, { tittel: 'Følg opp vedtak', obsDato: addDays(today, 4) });
    const obsLater = await createCase(crew.sb2, { tittel: 'Senere', obsDato: addDays(today, 6) });
    const others = await createCase(crew.sb, { tittel: 'Ikke min', obsDato: today });
    expect(await caseIds(crew.sb2, 'mine-saker')).toEqual(expect.arrayContaining([mine.id, obsSoon.id, obsLater.id]));
    expect(await caseIds(crew.sb2, 'mine-saker')).not.toContain(others.id);
    const obs = await list(crew.sb2, 'obs-dato');
    expect(obs.map((i) => i.saksmappeId)).toContain(obsSoon.id);
    expect(obs.map((i) => i.saksmappeId)).not.toContain(obsLater.id);
    expect(obs.find((i) => i.saksmappeId === obsSoon.id)).toMatchObject({ frist: addDays(today, 4), rod: true, journalpost: null });
    await updateSaksmappe(crew.sb2, obsSoon.id, { obsDato: null });
    expect(await caseIds(crew.sb2, 'obs-dato')).not.toContain(obsSoon.id);
  });

  it("the archive's lists: the case workers' messages until done, records in M, new cases in R", async () => {
    await setup();
    const { jp } = await letterOnExistingCase(crew, crew.sb, 'Feil sak');
    const { oppgaveId } = await meldTilArkivet(crew.sb, jp.id, { type: 'feilfordelt', merknad: 'Gjelder Grue, ikke Våler' });
    const queue = await list(crew.ark, 'arkivets-ko');
    expect(queue.find((i) => i.oppgaveId === oppgaveId)).toMatchObject({ oppgavetype: 'feilfordelt', merknad: 'Gjelder Grue, ikke Våler' });
    await expect(closeTask(crew.sb, oppgaveId, 'utfoert')).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await closeTask(crew.ark, oppgaveId, 'utfoert');
    expect((await list(crew.ark, 'arkivets-ko')).map((i) => i.oppgaveId)).not.toContain(oppgaveId);

    const sak = await createCase(crew.ark, { tittel: 'Sperret post', administrativEnhetId: crew.bygg });
    const blocked = await registerJournalpost(crew.ark, sak.id, { journalposttype: 'I', tittel: 'Helseopplysninger', tilgangskode: 'XX' });
    expect(await recordIds(crew.ark, 'midlertidige')).toContain(blocked.id);
    const ny = await createCase(crew.sb, { tittel: 'Ny sak fra saksbehandler' });
    expect(await caseIds(crew.ark, 'nye-saker')).toContain(ny.id);
    await expect(listArbeidsliste(crew.ark, 'ubesvarte', { side: 1, perSide: 10 })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
  });

  it("the start page's counts are each list's total, and pages keep the total", async () => {
    await setup();
    for (const ctx of [crew.sb, crew.led, crew.ark]) {
      const { items } = await countArbeidslister(ctx);
      for (const { liste, antall } of items) {
        const page = await listArbeidsliste(ctx, liste, { side: 1, perSide: 1 });
        expect({ liste, antall }).toEqual({ liste, antall: page.total });
        if (antall > 1) expect((await listArbeidsliste(ctx, liste, { side: 2, perSide: 1 })).items).toHaveLength(1);
      }
      expect((await listArbeidsliste(ctx, items[0]!.liste, { side: 999, perSide: 50 })).total).toBe(items[0]!.antall);
    }
    expect((await countArbeidslister(crew.sb)).items.map((i) => i.liste)).toEqual([
      'ubesvarte',
      'kopier',
      'mine-saker',
      'restanser',
      'obs-dato',
      'til-godkjenning',
      'svar-fra-godkjenning',
      'feilet-ekspedering',
    ]);
  });
});
