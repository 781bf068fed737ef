import { describe, expect, it } from 'vitest';
import { updateJournalpost } from '../../src/features/journalpost/update-journalpost.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { decideSkjerming } from '../../src/features/midlertidig-sperret/decide-skjerming.js';
import { listMidlertidigSperret } from '../../src/features/midlertidig-sperret/list-midlertidig-sperret.js';
import { addDays, osloDate } from '../../src/features/saksmappe/oslo-calendar.js';
import type { Ctx } from '../../src/shared/context.js';
import { loginAs } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { as, at, createCase, valerTeam, type ValerTeam } from '../records/records-world.js';

describe(`the XX basket (${engineName()})`, () => {
  let team: ValerTeam;
  valerTeam((t) => (team = t));

  /** A case of the leader's unit with an incoming letter the archive blocked XX. */
  async function blocked(leader: Ctx, tittel = 'Brev med opplysninger om helse') {
    const sak = await createCase(team.ark, { administrativEnhetId: leader.role.administrativEnhetId! });
    return registerJournalpost(team.ark, sak.id, {
      journalposttype: 'I',
      tittel,
      tilgangskode: 'XX',
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Ola Avsender' }],
    });
  }
  const dateOf = async (id: string) =>
    (await team.handle.db.selectFrom('journalpost').select('midlertidig_sperret_dato').where('id', '=', id).executeTakeFirstOrThrow())
      .midlertidig_sperret_dato;

  it('the database stamps the day a record is blocked XX, keeps it, and clears it when the code changes', async () => {
    const led = await as(team.handle, 'valer', 'LED');
    const jp = await blocked(led);
    expect(await dateOf(jp.id)).toBe(osloDate(new Date()));
    // No path can move the day: a direct update is put back.
    await team.handle.db.updateTable('journalpost').set({ midlertidig_sperret_dato: '2020-01-01' }).where('id', '=', jp.id).execute();
    expect(await dateOf(jp.id)).toBe(osloDate(new Date()));
    await updateJournalpost(team.ark, jp.id, { tilgangskode: 'U' });
    expect(await dateOf(jp.id)).toBeNull();
  });

  it("lists the unit's XX records for its leader and deputy with a deadline of 3 working days; others see no basket", async () => {
    const led = await as(team.handle, 'valer', 'LED');
    const jp = await blocked(led, 'Søknad om skjenkebevilling');
    const item = (await listMidlertidigSperret(led)).items.find((i) => i.id === jp.id);
    expect(item).toMatchObject({ tittel: 'Søknad om skjenkebevilling', sperretDato: osloDate(new Date()), forfalt: false });
    expect(item!.frist > item!.sperretDato).toBe(true);
    const sf = await as(team.handle, 'valer', 'SF');
    if (sf.role.administrativEnhetId === led.role.administrativEnhetId) {
      expect((await listMidlertidigSperret(sf)).items.some((i) => i.id === jp.id)).toBe(true);
    }
    await expect(listMidlertidigSperret(team.sbCtx)).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
  });

  it('shows the archive the overdue ones once the whole deadline day has passed', async () => {
    const led = await as(team.handle, 'valer', 'LED');
    const jp = await blocked(led, 'Brev som venter');
    const item = (await listMidlertidigSperret(team.ark)).items.find((i) => i.id === jp.id)!;
    // The deadline itself (holidays counted) is the domain's, tested over several years in working-days.test.ts.
    const overdueOn = async (day: string) =>
      (await listMidlertidigSperret(at(team.ark, `${day}T12:00:00Z`), { forfalt: true })).items.some((i) => i.id === jp.id);
    expect(await overdueOn(item.frist)).toBe(false);
    expect(await overdueOn(addDays(item.frist, 1))).toBe(true);
    expect((await listMidlertidigSperret(at(led, `${addDays(item.frist, 1)}T12:00:00Z`))).items.find((i) => i.id === jp.id)?.forfalt).toBe(
      true,
    );
  });

  it('lets only a leader of the unit decide: screen with code and basis, or lift; the record leaves the basket', async () => {
    const led = await as(team.handle, 'valer', 'LED');
    const screened = await blocked(led, 'Brev som skal skjermes');
    const lifted = await blocked(led, 'Brev som kan være offentlig');
    await expect(decideSkjerming(team.sbCtx, screened.id, { vedtak: 'opphev' })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await expect(decideSkjerming(team.ark, screened.id, { vedtak: 'opphev' })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await expect(decideSkjerming(led, screened.id, { vedtak: 'skjerm', tilgangskode: 'XX', skjermingshjemmel: 'x' })).rejects.toMatchObject(
      { code: 'VALIDATION_FAILED' },
    );

    const row = await decideSkjerming(led, screened.id, { vedtak: 'skjerm', tilgangskode: 'U', skjermingshjemmel: 'Offl §13 jf. fvl §13' });
    expect(row).toMatchObject({
      tilgangskode: 'U',
      skjermingshjemmel: 'Offl §13 jf. fvl §13',
      offentlighetsvurdert_dato: osloDate(new Date()),
    });
    expect(await decideSkjerming(led, lifted.id, { vedtak: 'opphev' })).toMatchObject({ tilgangskode: null, skjermingshjemmel: null });
    const basket = (await listMidlertidigSperret(led)).items.map((i) => i.id);
    expect(basket).not.toContain(screened.id);
    expect(basket).not.toContain(lifted.id);
    await expect(decideSkjerming(led, lifted.id, { vedtak: 'opphev' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('serves the basket and the decision over HTTP', async () => {
    const led = await as(team.handle, 'valer', 'LED');
    const jp = await blocked(led, 'Brev via API');
    const leder = await loginAs(team.app, 'valer.leder', 'demo');
    const list = await leder.request('GET', '/api/midlertidig-sperret');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.some((i: { id: string }) => i.id === jp.id)).toBe(true);
    expect((await team.sb.request('GET', '/api/midlertidig-sperret')).statusCode).toBe(403);
    const bad = await leder.request('POST', `/api/journalposter/${jp.id}/skjermingsvedtak`, { vedtak: 'skjerm', tilgangskode: 'U' });
    expect(bad.statusCode).toBe(400);
    const ok = await leder.request('POST', `/api/journalposter/${jp.id}/skjermingsvedtak`, { vedtak: 'opphev' });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
