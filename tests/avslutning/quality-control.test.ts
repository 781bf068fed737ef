import { describe, expect, it } from 'vitest';
import { countArbeidslister } from '../../src/features/arbeidslister/count-arbeidslister.js';
import type { Arbeidsliste } from '../../src/features/arbeidslister/domain/worklists.js';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { moveJournalpost } from '../../src/features/journalpost/move-journalpost.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { voidJournalpost } from '../../src/features/journalpost/void-journalpost.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import { getAvslutning } from '../../src/features/saksmappe/get-avslutning.js';
import { addDays, osloDate } from '../../src/features/saksmappe/oslo-calendar.js';
import { updateSaksmappe } from '../../src/features/saksmappe/update-saksmappe.js';
import type { Ctx } from '../../src/shared/context.js';
import { engineName } from '../support/test-db.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';

/*
 * Issue 14 item 7 (seed 001 fase 4, «Kvalitetssikre og journalføre/avslutte
 * sak»): the archive's worklists of new cases (R), records finished or
 * dispatched (F, E) and cases asked to be closed (S), each with its count;
 * the archive corrects title and class and sets B and J, and each item
 * leaves its list; a voided or moved record keeps its history.
 */
describe(`the archive's quality control (${engineName()})`, () => {
  let team: ValerTeam;
  valerTeam((t) => (team = t));
  const today = osloDate(new Date());

  const list = async (ctx: Ctx, liste: Arbeidsliste) => (await listArbeidsliste(ctx, liste, { side: 1, perSide: 200 })).items;
  const count = async (ctx: Ctx, liste: Arbeidsliste) => (await countArbeidslister(ctx)).items.find((i) => i.liste === liste)?.antall;

  it('lists a new case (R) until the archive corrects it and sets B', async () => {
    const sak = await createCase(team.sbCtx, { tittel: 'byggesak uten adresse', saksansvarligId: team.sbCtx.actor.brukerId });
    expect(sak.saksstatus).toBe('R');
    expect((await list(team.ark, 'nye-saker')).map((i) => i.saksmappeId)).toContain(sak.id);
    const before = await count(team.ark, 'nye-saker');
    await updateSaksmappe(team.ark, sak.id, { tittel: 'Byggesak – Storgata 1 – tilbygg', primaerKlasse: { verdi: 'L42' } });
    await changeSaksstatus(team.ark, sak.id, { saksstatus: 'B' });
    expect((await list(team.ark, 'nye-saker')).map((i) => i.saksmappeId)).not.toContain(sak.id);
    expect(await count(team.ark, 'nye-saker')).toBe(before! - 1);
  });

  it('lists a finished record (F) for journalføring until the archive sets J; the case worker has no such list', async () => {
    const sak = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    const notat = await registerJournalpost(team.sbCtx, sak.id, { journalposttype: 'X', tittel: 'Notat om befaring' });
    expect((await list(team.ark, 'til-journalforing')).map((i) => i.journalpost?.id)).not.toContain(notat.id);
    await changeJournalstatus(team.sbCtx, notat.id, { journalstatus: 'F' });
    const row = (await list(team.ark, 'til-journalforing')).find((i) => i.journalpost?.id === notat.id);
    expect(row).toMatchObject({ tittel: 'Notat om befaring', journalpost: { journalstatus: 'F' } });
    expect(await count(team.ark, 'til-journalforing')).toBeGreaterThan(0);
    await changeJournalstatus(team.ark, notat.id, { journalstatus: 'J' });
    expect((await list(team.ark, 'til-journalforing')).map((i) => i.journalpost?.id)).not.toContain(notat.id);
    await expect(listArbeidsliste(team.sbCtx, 'til-journalforing', { side: 1, perSide: 10 })).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    });
  });

  it('lists a case whose owner asks for closing until the archive closes it', async () => {
    const sak = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    await changeSaksstatus(team.sbCtx, sak.id, { saksstatus: 'S' });
    expect((await list(team.ark, 'onskes-avsluttet')).map((i) => i.saksmappeId)).toContain(sak.id);
    await changeSaksstatus(team.ark, sak.id, { saksstatus: 'A' });
    expect((await list(team.ark, 'onskes-avsluttet')).map((i) => i.saksmappeId)).not.toContain(sak.id);
  });

  it("shows the OBS date's remark in the case owner's «OBS-dato» list when due", async () => {
    const sak = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    await updateSaksmappe(team.sbCtx, sak.id, { obsDato: addDays(today, 2), obsMerknad: 'Følg opp vedtaket om ferdigattest' });
    const row = (await list(team.sbCtx, 'obs-dato')).find((i) => i.saksmappeId === sak.id);
    expect(row).toMatchObject({ frist: addDays(today, 2), rod: true, merknad: 'Følg opp vedtaket om ferdigattest' });
    await updateSaksmappe(team.sbCtx, sak.id, { obsDato: addDays(today, 60) });
    expect((await list(team.sbCtx, 'obs-dato')).map((i) => i.saksmappeId)).not.toContain(sak.id);
  });

  it('keeps the history of a voided and of a moved record (seed 002 10.10, 10.11)', async () => {
    const feil = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    const riktig = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    const brev = await registerJournalpost(team.ark, feil.id, { journalposttype: 'I', tittel: 'Brev i feil sak', dokumentmedium: 'F' });
    const dobbel = await registerJournalpost(team.ark, feil.id, {
      journalposttype: 'I',
      tittel: 'Registrert to ganger',
      dokumentmedium: 'F',
    });
    await moveJournalpost(team.ark, brev.id, { saksmappeId: riktig.id });
    await voidJournalpost(team.ark, dobbel.id, { begrunnelse: 'Dobbeltregistrert' });
    const page = async (id: string) => (await team.arkivar.request('GET', `/api/journalposter/${id}`)).json();
    expect((await page(brev.id)).journalpostId).toBe(`${riktig.saksaar}/${riktig.sakssekvensnummer}-1`);
    expect((await page(dobbel.id)).journalstatus.code).toBe('U');
    const log = async (id: string) =>
      (await team.arkivar.request('GET', `/api/journalposter/${id}/endringslogg`)).json().items as {
        felt: string;
        tidligereVerdi: string | null;
        nyVerdi: string | null;
      }[];
    expect(await log(brev.id)).toContainEqual(
      expect.objectContaining({ felt: 'registreringsID', tidligereVerdi: `${feil.saksaar}/${feil.sakssekvensnummer}-1` }),
    );
    expect(await log(dobbel.id)).toContainEqual(expect.objectContaining({ felt: 'journalstatus', tidligereVerdi: 'J', nyVerdi: 'U' }));
    // Neither keeps the wrong case open: one is gone to the right case, the other is void and awaits no write-off.
    expect((await getAvslutning(team.ark, feil.id)).ikkeAvskrevet.total).toBe(0);
    expect((await getAvslutning(team.ark, riktig.id)).ikkeAvskrevet.items.map((r) => r.id)).toEqual([brev.id]);
  });
});
