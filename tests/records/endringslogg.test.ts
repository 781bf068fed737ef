import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { listArkivdeler } from '../../src/features/arkivstruktur/list-arkivdeler.js';
import { moveJournalpost } from '../../src/features/journalpost/move-journalpost.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createSaksmappe } from '../../src/features/saksmappe/create-saksmappe.js';
import type { Ctx } from '../../src/shared/context.js';
import { type Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { as, createCase, FNR, valerTeam, unitId } from './records-world.js';

interface Entry {
  objektType: string;
  objektId: string;
  felt: string;
  tidligereVerdi: string | null;
  nyVerdi: string | null;
  endretDato: string;
  endretAv: { id: string; navn: string };
}

describe(`change log (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let ark: Ctx;
  let sbCtx: Ctx;
  let arkivar: Client;
  let sb: Client;

  valerTeam((team) => {
    ({ handle, ark, sbCtx, arkivar, sb } = team);
  });

  async function logOf(client: Client, url: string): Promise<Entry[]> {
    const res = await client.request('GET', url);
    expect(res.statusCode).toBe(200);
    return res.json().items;
  }
  const change = (e: Entry) => [e.felt, e.tidligereVerdi, e.nyVerdi];

  it('logs every logged case field that changes, with old and new value, who and when', async () => {
    const sak = await createCase(sbCtx, { tittel: 'Byggesak Storgata 1', saksdato: '2026-01-10' });
    const before = (await logOf(sb, `/api/saksmapper/${sak.id}/endringslogg`)).length;
    expect(before).toBeGreaterThan(0);
    const patch = {
      tittel: 'Byggesak Storgata 1 – tilbygg',
      offentligTittel: 'Byggesak Storgata 1',
      saksdato: '2026-01-12',
      administrativEnhetId: await unitId(sbCtx, 'TEK'),
      saksansvarligId: (await as(handle, 'valer', 'LED')).actor.brukerId,
      journalenhet: 'DOK',
      primaerKlasse: { verdi: 'L12' },
      tilgangskode: 'U',
    };
    const res = await arkivar.request('PATCH', `/api/saksmapper/${sak.id}`, patch);
    expect(res.statusCode).toBe(200);
    const entries = (await logOf(arkivar, `/api/saksmapper/${sak.id}/endringslogg`)).slice(before);
    expect(entries.map(change)).toEqual([
      ['tittel', 'Byggesak Storgata 1', 'Byggesak Storgata 1 – tilbygg'],
      ['saksdato', '2026-01-10', '2026-01-12'],
      ['administrativEnhet', 'Byggesak', 'Teknisk drift og areal'],
      ['saksansvarlig', 'Ola Sætre', 'Per Haugen'],
      ['journalenhet', null, 'DOK'],
      ['offentligTittel', null, 'Byggesak Storgata 1'],
      ['klassifikasjon', 'L42', 'L12'],
      ['skjermingshjemmel', null, 'Offl §13 jf. fvl §13 første ledd nr. 1'],
      ['tilgangsrestriksjon', null, 'U'],
    ]);
    for (const e of entries) {
      expect(e.endretAv).toEqual({ id: ark.actor.brukerId, navn: 'Kari Nordby' });
      expect(Date.now() - new Date(e.endretDato).getTime()).toBeLessThan(60_000);
    }
    const status = await arkivar.request('POST', `/api/saksmapper/${sak.id}/status`, { saksstatus: 'B' });
    expect(status.statusCode).toBe(200);
    const last = (await logOf(arkivar, `/api/endringslogg?objektId=${sak.id}`)).at(-1)!;
    expect(change(last)).toEqual(['saksstatus', 'R', 'B']);
  });

  it('logs a PATCH that changes nothing as nothing', async () => {
    const sak = await createCase(sbCtx);
    const before = (await logOf(sb, `/api/saksmapper/${sak.id}/endringslogg`)).length;
    await sb.request('PATCH', `/api/saksmapper/${sak.id}`, { tittel: sak.tittel, journalenhet: null });
    expect((await logOf(sb, `/api/saksmapper/${sak.id}/endringslogg`)).length).toBe(before);
  });

  it('logs every logged record field that changes', async () => {
    const sak = await createCase(sbCtx);
    const record = await registerJournalpost(sbCtx, sak.id, { journalposttype: 'U', tittel: 'Svar', journaldato: '2026-02-01' });
    const before = (await logOf(sb, `/api/journalposter/${record.id}/endringslogg`)).length;
    const patch = {
      tittel: 'Svar på søknad',
      offentligTittel: 'Svar',
      journaldato: '2026-02-02',
      dokumentetsDato: '2026-02-01',
      mottattDato: '2026-01-30T08:00:00Z',
      sendtDato: '2026-02-03T12:00:00+01:00',
      forfallsdato: '2026-02-20',
      offentlighetsvurdertDato: '2026-02-02',
      administrativEnhetId: await unitId(sbCtx, 'TEK'),
      saksbehandlerId: (await as(handle, 'valer', 'SF')).actor.brukerId,
      journalenhet: 'DOK',
    };
    expect((await sb.request('PATCH', `/api/journalposter/${record.id}`, patch)).statusCode).toBe(200);
    const entries = (await logOf(sb, `/api/journalposter/${record.id}/endringslogg`)).slice(before);
    expect(entries.map(change)).toEqual([
      ['tittel', 'Svar', 'Svar på søknad'],
      ['journaldato', '2026-02-01', '2026-02-02'],
      ['dokumentetsDato', null, '2026-02-01'],
      ['mottattDato', null, '2026-01-30T08:00:00.000Z'],
      ['sendtDato', null, '2026-02-03T11:00:00.000Z'],
      ['offentlighetsvurdertDato', null, '2026-02-02'],
      ['administrativEnhet', 'Byggesak', 'Teknisk drift og areal'],
      ['saksbehandler', 'Ola Sætre', 'Lise Berg'],
      ['journalenhet', null, 'DOK'],
      ['offentligTittel', null, 'Svar'],
      ['forfallsdato', null, '2026-02-20'],
    ]);
    expect(entries.every((e) => e.endretAv.id === sbCtx.actor.brukerId && e.objektType === 'journalpost')).toBe(true);
    await sb.request('POST', `/api/journalposter/${record.id}/status`, { journalstatus: 'F' });
    expect(change((await logOf(sb, `/api/journalposter/${record.id}/endringslogg`)).at(-1)!)).toEqual(['journalstatus', 'R', 'F']);
  });

  it('logs the initial values of new objects, parties and a move between archive parts', async () => {
    const personal = (await listArkivdeler(ark)).find((d) => d.kortnavn === 'PERS')!;
    const sak = await createCase(ark, { tittel: 'Ansettelse' });
    const mappe = await createSaksmappe(ark, { arkivdelId: personal.id, tittel: 'Personalmappe', primaerKlasse: { verdi: FNR[2] } });
    const record = await registerJournalpost(ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Arbeidsavtale',
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Kari Hansen' }],
    });
    const initial = await logOf(arkivar, `/api/journalposter/${record.id}/endringslogg`);
    expect(initial.map((e) => e.felt)).toEqual(
      expect.arrayContaining([
        'tittel',
        'journalposttype',
        'journalstatus',
        'journaldato',
        'registreringsID',
        'korrespondansepartNavn',
        'korrespondanseparttype',
      ]),
    );
    expect(initial.find((e) => e.felt === 'korrespondansepartNavn')).toMatchObject({
      objektType: 'korrespondansepart',
      tidligereVerdi: null,
      nyVerdi: 'Kari Hansen',
    });
    await moveJournalpost(ark, record.id, { saksmappeId: mappe.id });
    const moved = (await logOf(arkivar, `/api/journalposter/${record.id}/endringslogg`)).slice(initial.length);
    expect(moved.map(change)).toEqual([
      ['referanseArkivdel', sak.arkivdel_id, personal.id],
      ['registreringsID', `${sak.saksaar}/${sak.sakssekvensnummer}-1`, `${mappe.saksaar}/${mappe.sakssekvensnummer}-1`],
    ]);
    const part = await arkivar.request('POST', `/api/saksmapper/${mappe.id}/parter`, {
      partNavn: 'Kari Hansen',
      partRolle: 'Arbeidstaker',
    });
    expect(part.statusCode).toBe(201);
    const caseLog = await logOf(arkivar, `/api/saksmapper/${mappe.id}/endringslogg`);
    expect(caseLog.find((e) => e.felt === 'partNavn')).toMatchObject({
      objektType: 'part',
      objektId: part.json().id,
      nyVerdi: 'Kari Hansen',
    });
    expect(caseLog.find((e) => e.felt === 'tilgangsrestriksjon')).toMatchObject({ objektType: 'skjerming', nyVerdi: 'P' });
  });
});
