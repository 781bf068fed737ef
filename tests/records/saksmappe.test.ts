import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import { createSaksmappe } from '../../src/features/saksmappe/create-saksmappe.js';
import { getSaksmappe } from '../../src/features/saksmappe/get-saksmappe.js';
import { listSaksmapper } from '../../src/features/saksmappe/list-saksmapper.js';
import { updateSaksmappe } from '../../src/features/saksmappe/update-saksmappe.js';
import { addKryssreferanse, addPart } from '../../src/features/saksmappe/add-to-saksmappe.js';
import { presentKryssreferanse } from '../../src/features/saksmappe/saksmappe-presenter.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { as, createCase, FNR, seedRecordsWorld, unitId } from './records-world.js';

describe(`saksmappe (${engineName()})`, () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
  });
  afterAll(async () => handle.close());

  it('creates a case with the Noark fields, parts, remarks, precedents and secondary classes', async () => {
    const sb = await as(handle, 'valer', 'SB');
    const other = await createCase(sb, { tittel: 'Tidligere sak' });
    const created = await createSaksmappe(sb, {
      tittel: 'Søknad om tilbygg, Storgata 1',
      offentligTittel: 'Søknad om tilbygg',
      saksdato: '2026-02-01',
      journalenhet: 'DOK',
      primaerKlasse: { verdi: 'L42' },
      sekundaerKlasser: [{ klassifikasjonssystemId: (await getSaksmappe(sb, other.id)).primaerSystemId!, verdi: 'L12' }],
      obsDato: '2026-06-01',
      prosjekt: 'Sentrumsutvikling',
      parter: [{ partNavn: 'Ola Nordmann', partRolle: 'Søker', postnummer: '2436', poststed: 'Våler i Solør' }],
      merknader: [{ merknadstekst: 'Haster', merknadstype: 'Merknad' }],
      kryssreferanser: [{ tilType: 'saksmappe', tilId: other.id }],
      presedenser: [{ presedensDato: '2026-02-01', tittel: 'Dispensasjon fra byggegrense', rettskildefaktor: 'Vedtak' }],
    });
    expect(created.saksstatus).toBe('R');
    expect(created.sakssekvensnummer).toBe(other.sakssekvensnummer + 1);
    const view = await getSaksmappe(sb, created.id);
    expect(view.saksmappe.administrativ_enhet_id).toBe(await unitId(sb, 'BYGG'));
    expect(view.saksmappe.saksansvarlig_id).toBe(sb.actor.brukerId);
    expect(view.klasse?.tittel).toBe('Byggesaker');
    expect(view.sekundaerKlasser.map((k) => k.klasseverdi)).toEqual(['L12']);
    expect(view.prosjekt?.navn).toBe('Sentrumsutvikling');
    expect(view.parter.map((p) => p.part_navn)).toEqual(['Ola Nordmann']);
    expect(view.merknader.map((m) => m.merknadstekst)).toEqual(['Haster']);
    expect(view.kryssreferanser.map((k) => k.til_id)).toEqual([other.id]);
    expect(view.presedenser.map((p) => p.tittel)).toEqual(['Dispensasjon fra byggegrense']);
  });

  it('names each cross reference’s target by its number: a case, a record, a class', async () => {
    const sb = await as(handle, 'valer', 'SB');
    const [from, target] = [await createCase(sb), await createCase(sb, { tittel: 'Målsak' })];
    const record = await registerJournalpost(sb, target.id, { journalposttype: 'U', tittel: 'Svar' });
    const klasse = await handle.db
      .selectFrom('klasse')
      .select('id')
      .where('organisasjon_id', '=', sb.role.organisasjonId)
      .where('klasse_id', '=', 'L42')
      .executeTakeFirstOrThrow();
    const number = `${target.saksaar}/${target.sakssekvensnummer}`;
    const added = [];
    for (const [tilType, tilId] of [
      ['saksmappe', target.id],
      ['journalpost', record.id],
      ['klasse', klasse.id],
    ] as const) {
      added.push(presentKryssreferanse(await addKryssreferanse(sb, from.id, { tilType, tilId })).tilNummer);
    }
    const listed = (await getSaksmappe(sb, from.id)).kryssreferanser.map((k) => presentKryssreferanse(k).tilNummer);
    expect(listed).toEqual([number, `${number}-${record.journalpostnummer}`, 'L42']);
    expect(added).toEqual(listed);
  });

  it('starts an archivist case under treatment (B) and a personnel file screened P, classed by fødselsnummer', async () => {
    const ark = await as(handle, 'valer', 'ARK');
    const pers = (await import('../../src/features/arkivstruktur/list-arkivdeler.js')).listArkivdeler(ark);
    const personal = (await pers).find((d) => d.kortnavn === 'PERS')!;
    const created = await createSaksmappe(ark, {
      arkivdelId: personal.id,
      tittel: 'Personalmappe – Kari Hansen',
      primaerKlasse: { verdi: FNR[0] },
    });
    expect(created.saksstatus).toBe('B');
    expect(created.tilgangskode).toBe('P');
    expect(created.skjermingshjemmel).toMatch(/Offl §13/);
    expect(created.primaer_klasseverdi).toBe(FNR[0]);
    await expect(
      createSaksmappe(ark, { arkivdelId: personal.id, tittel: 'Feil', primaerKlasse: { verdi: '01019012058' } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'primaerKlasse.verdi' }],
    });
  });

  it('lists cases newest first with filters and paging', async () => {
    const led = await as(handle, 'grue', 'LED');
    const sb = await as(handle, 'grue', 'SB');
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createCase(i % 2 ? led : sb, { tittel: `Sak ${i}` }));
    const page = await listSaksmapper(sb, { limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.items.map((s) => s.tittel)).toEqual(['Sak 3', 'Sak 2']);
    const mine = await listSaksmapper(sb, { saksansvarligId: sb.actor.brukerId });
    expect(mine.items.map((s) => s.tittel)).toEqual(['Sak 4', 'Sak 2', 'Sak 0']);
    await changeSaksstatus(await as(handle, 'grue', 'ARK'), made[0]!.id, { saksstatus: 'B' });
    expect((await listSaksmapper(sb, { saksstatus: 'B' })).items.map((s) => s.tittel)).toEqual(['Sak 0']);
    expect((await listSaksmapper(sb, { administrativEnhetId: await unitId(sb, 'HO'), saksaar: made[0]!.saksaar })).total).toBe(5);
    expect((await listSaksmapper(sb, { saksaar: 1999 })).total).toBe(0);
    // A page past the last case has no row to carry the count: it is counted all the same.
    expect(await listSaksmapper(sb, { limit: 2, offset: 6 })).toMatchObject({ items: [], total: 5 });
  });

  it('refuses new records, edits and parts in a closed case until the archive reopens it', async () => {
    const ark = await as(handle, 'asnes', 'ARK');
    const sb = await as(handle, 'asnes', 'SB');
    const sak = await createCase(sb);
    await changeSaksstatus(ark, sak.id, { saksstatus: 'B' });
    await changeSaksstatus(ark, sak.id, { saksstatus: 'A' });
    const closed = await getSaksmappe(sb, sak.id);
    expect(closed.saksmappe.avsluttet_av).toBe(ark.actor.brukerId);
    expect(closed.saksmappe.avsluttet_dato).toBeInstanceOf(Date);
    await expect(registerJournalpost(sb, sak.id, { journalposttype: 'U', tittel: 'Svar' })).rejects.toMatchObject({ code: 'CASE_CLOSED' });
    await expect(registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: 'Brev' })).rejects.toMatchObject({ code: 'CASE_CLOSED' });
    await expect(updateSaksmappe(sb, sak.id, { tittel: 'Ny tittel' })).rejects.toMatchObject({ code: 'CASE_CLOSED' });
    await expect(updateSaksmappe(ark, sak.id, { tittel: 'Ny tittel' })).rejects.toMatchObject({ code: 'CASE_CLOSED' });
    await expect(addPart(sb, sak.id, { partNavn: 'X', partRolle: 'Søker' })).rejects.toMatchObject({ code: 'CASE_CLOSED' });
    await expect(changeSaksstatus(sb, sak.id, { saksstatus: 'B' })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await changeSaksstatus(ark, sak.id, { saksstatus: 'B' });
    const reopened = await getSaksmappe(sb, sak.id);
    expect(reopened.saksmappe.avsluttet_dato).toBeNull();
    const jp = await registerJournalpost(sb, sak.id, { journalposttype: 'U', tittel: 'Svar' });
    expect(jp.journalpostnummer).toBe(1);
  });

  it('lets only the archive, the case owner and leaders of the unit edit a case', async () => {
    const sb = await as(handle, 'valer', 'SB');
    const sak = await createCase(sb);
    await expect(updateSaksmappe(await as(handle, 'valer', 'MS'), sak.id, { tittel: 'X' })).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    });
    await expect(updateSaksmappe(await as(handle, 'valer', 'LES'), sak.id, { tittel: 'X' })).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    });
    await updateSaksmappe(await as(handle, 'valer', 'LED'), sak.id, { tittel: 'Ny tittel fra leder' });
    await updateSaksmappe(await as(handle, 'valer', 'ARK'), sak.id, { offentligTittel: 'Offentlig' });
    const view = await getSaksmappe(sb, sak.id);
    expect([view.saksmappe.tittel, view.saksmappe.offentlig_tittel]).toEqual(['Ny tittel fra leder', 'Offentlig']);
  });
});
