import { describe, expect, it } from 'vitest';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { avskrivJournalpost } from '../../src/features/oppgaver/avskriv-journalpost.js';
import { addDays, osloDate } from '../../src/features/saksmappe/oslo-calendar.js';
import type { Ctx } from '../../src/shared/context.js';
import { loginAs, type Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { crewOf, type Crew } from '../oppgaver/oppgaver-world.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';

/*
 * Issue 14 item 9 (seed 001, «Rutine for restanseoppfølging»): the backlog
 * list per organisation, unit and case worker, leaving out the last weeks;
 * the due list; the leader's month; the archive's quarterly run, archived
 * and sent to each unit leader; CSV and PDF. Whose rows: the archive all,
 * a leader their units, a case worker their own; read-only roles none.
 */
describe(`backlog and due reports (${engineName()})`, () => {
  let team: ValerTeam;
  let crew: Crew;
  let led: Client;
  let world: Awaited<ReturnType<typeof build>>;
  valerTeam((t) => (team = t));
  const today = osloDate(new Date());

  async function build() {
    crew = await crewOf(team.handle);
    led = await loginAs(team.app, 'valer.leder', PASSWORD);
    const sb = crew.sb.actor.brukerId;
    const bygg = await createCase(crew.ark, { tittel: 'Byggesak med restanser', saksansvarligId: sb, administrativEnhetId: crew.bygg });
    const tek = await createCase(crew.ark, { tittel: 'Teknisk sak', saksansvarligId: sb, administrativEnhetId: crew.tek });
    const letter = (ctx: Ctx, saksmappeId: string, tittel: string, dagerSiden: number, forfallsdato: string) =>
      registerJournalpost(ctx, saksmappeId, {
        journalposttype: 'I',
        tittel,
        dokumentmedium: 'F',
        journaldato: addDays(today, -dagerSiden),
        mottattDato: new Date(`${addDays(today, -dagerSiden)}T10:00:00Z`),
        forfallsdato,
      });
    const gammel = await letter(crew.ark, bygg.id, 'Gammel søknad', 60, addDays(today, -39));
    const ny = await letter(crew.ark, bygg.id, 'Ny søknad', 7, addDays(today, 30));
    const besvart = await letter(crew.ark, bygg.id, 'Besvart søknad', 30, addDays(today, -9));
    await avskrivJournalpost(crew.sb, besvart.id, { avskrivningsmaate: 'TE' });
    const annen = await letter(crew.ark, tek.id, 'Søknad til teknisk', 40, addDays(today, 3));
    return { bygg, tek, gammel, ny, besvart, annen };
  }
  const setup = async () => (world ??= await build());
  const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
  const get = async (client: Client, url: string, status = 200) => {
    const res = await client.request('GET', url);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };

  it('lists the backlog for the archive, per unit and case worker, leaving out the last weeks', async () => {
    const w = await setup();
    const all = await get(team.arkivar, '/api/rapporter/restanseliste?perSide=500');
    expect(ids(all)).toEqual(expect.arrayContaining([w.gammel.id, w.ny.id, w.annen.id]));
    expect(ids(all)).not.toContain(w.besvart.id);
    const row = all.items.find((i: { id: string }) => i.id === w.gammel.id);
    expect(row).toMatchObject({ tittel: 'Gammel søknad', dagerOverFrist: 39, saksbehandler: { id: crew.sb.actor.brukerId } });
    expect(all.oppsummering).toContainEqual(
      expect.objectContaining({
        enhet: expect.objectContaining({ id: crew.bygg }),
        saksbehandler: expect.objectContaining({ id: crew.sb.actor.brukerId }),
      }),
    );
    const quarterly = await get(team.arkivar, '/api/rapporter/restanseliste?utelatUker=3&perSide=500');
    expect(quarterly.journaldatoTil).toBe(addDays(today, -21));
    expect(ids(quarterly)).toContain(w.gammel.id);
    expect(ids(quarterly)).not.toContain(w.ny.id);
    const tek = await get(team.arkivar, `/api/rapporter/restanseliste?enhetId=${crew.tek}`);
    expect(ids(tek)).toEqual([w.annen.id]);
  });

  it("gives a leader their units' backlog, a case worker their own, and read-only roles nothing", async () => {
    const w = await setup();
    const mine = await get(led, '/api/rapporter/restanseliste?perSide=500');
    expect(ids(mine)).toEqual(expect.arrayContaining([w.gammel.id, w.ny.id]));
    expect(ids(mine)).not.toContain(w.annen.id);
    await get(led, `/api/rapporter/restanseliste?enhetId=${crew.tek}`, 403);
    const own = await get(team.sb, '/api/rapporter/restanseliste?perSide=500');
    expect(own.items.every((i: { saksbehandler: { id: string } }) => i.saksbehandler.id === crew.sb.actor.brukerId)).toBe(true);
    await get(team.sb, `/api/rapporter/restanseliste?enhetId=${crew.bygg}`, 403);
    const les = await loginAs(team.app, 'valer.lesetilgang', PASSWORD);
    await get(les, '/api/rapporter/restanseliste', 403);
    await get(les, '/api/rapporter/restanseliste/fil?format=csv', 403);
  });

  it('lists what is due: overdue or within 5 days by default, to a chosen date on request', async () => {
    const w = await setup();
    const due = await get(team.arkivar, '/api/rapporter/forfallsliste?perSide=500');
    expect(ids(due)).toEqual(expect.arrayContaining([w.gammel.id, w.annen.id]));
    expect(ids(due)).not.toContain(w.ny.id);
    expect(ids(due).indexOf(w.gammel.id)).toBeLessThan(ids(due).indexOf(w.annen.id));
    const later = await get(team.arkivar, `/api/rapporter/forfallsliste?forfallTil=${addDays(today, 40)}&perSide=500`);
    expect(ids(later)).toContain(w.ny.id);
  });

  it('downloads the lists as CSV and PDF', async () => {
    await setup();
    const csv = await team.arkivar.request('GET', `/api/rapporter/restanseliste/fil?format=csv&enhetId=${crew.bygg}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`restanseliste-${today}.csv`);
    expect(csv.body.startsWith('\ufeffJournalpost;Type;Journaldato')).toBe(true);
    expect(csv.body).toContain(';Gammel søknad;');
    expect(csv.body).not.toContain('Søknad til teknisk');
    const pdf = await team.arkivar.request('GET', '/api/rapporter/forfallsliste/fil?format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("shows the leader's month per case worker: received, written off, backlog and overdue", async () => {
    await setup();
    const month = await get(led, `/api/rapporter/maanedsoversikt?maaned=${today.slice(0, 7)}`);
    const sb = month.items.find((i: { saksbehandler: { id: string } | null }) => i.saksbehandler?.id === crew.sb.actor.brukerId);
    expect(sb).toMatchObject({ avskrevet: 1 });
    expect(sb.restanser).toBeGreaterThanOrEqual(2);
    expect(sb.overFrist).toBeGreaterThanOrEqual(1);
    await get(team.sb, `/api/rapporter/maanedsoversikt?enhetId=${crew.bygg}`, 403);
  });

  it("stores the archive's quarterly list per unit in a case of its own and sends it to each unit leader with a deadline", async () => {
    await setup();
    const refused = await team.sb.request('POST', '/api/rapporter/restanseliste/kvartal', {});
    expect(refused.statusCode).toBe(403);
    const run = await team.arkivar.request('POST', '/api/rapporter/restanseliste/kvartal', {});
    expect(run.statusCode, run.body).toBe(201);
    const body = run.json();
    expect(body.journaldatoTil).toBe(addDays(today, -21));
    const byggList = body.enheter.find((e: { enhet: { id: string } }) => e.enhet.id === crew.bygg);
    expect(byggList.antall).toBeGreaterThanOrEqual(1);
    const sak = await get(team.arkivar, `/api/saksmapper/${body.saksmappeId}`);
    expect(sak.tittel).toBe(`Restanselister ${today.slice(0, 4)}`);
    const record = await get(team.arkivar, `/api/journalposter/${byggList.journalpostId}`);
    expect(record).toMatchObject({ journalposttype: { code: 'X' }, journalstatus: { code: 'J' } });
    const docs = await get(team.arkivar, `/api/journalposter/${byggList.journalpostId}/dokumenter`);
    expect(docs.items[0]).toMatchObject({ dokumentstatus: 'F' });
    // The unit's leader finds it among their copies, with the deadline, and reads it.
    const copies = await listArbeidsliste(crew.led, 'kopier', { side: 1, perSide: 200 });
    expect(copies.items.find((i) => i.journalpost?.id === byggList.journalpostId)).toMatchObject({ frist: addDays(today, 21) });
    await get(led, `/api/journalposter/${byggList.journalpostId}`);
    // A second run the same year goes into the same case.
    const again = (await team.arkivar.request('POST', '/api/rapporter/restanseliste/kvartal', { utelatUker: 0 })).json();
    expect(again.saksmappeId).toBe(body.saksmappeId);
    expect(again.enheter.find((e: { enhet: { id: string } }) => e.enhet.id === crew.bygg).antall).toBeGreaterThan(byggList.antall);
  });
});
