import { describe, expect, it } from 'vitest';
import { listArkivdeler } from '../../src/features/arkivstruktur/list-arkivdeler.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { listBrevmaler } from '../../src/features/maler/list-brevmaler.js';
import { createSaksmappe } from '../../src/features/saksmappe/create-saksmappe.js';
import { osloDate } from '../../src/features/saksmappe/oslo-calendar.js';
import type { Ctx } from '../../src/shared/context.js';
import { type Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { createCase, FNR, valerTeam } from './records-world.js';

describe(`journalpost (${engineName()})`, () => {
  let ark: Ctx;
  let sbCtx: Ctx;
  let arkivar: Client;
  let sb: Client;

  valerTeam((team) => {
    ({ ark, sbCtx, arkivar, sb } = team);
  });

  it('registers incoming post by the archive: journalført, for the case owner, answer due in three weeks', async () => {
    const sak = await createCase(ark, { saksansvarligId: sbCtx.actor.brukerId, administrativEnhetId: sbCtx.role.administrativEnhetId });
    const res = await arkivar.request('POST', `/api/saksmapper/${sak.id}/journalposter`, {
      journalposttype: 'I',
      tittel: 'Søknad om dispensasjon',
      journaldato: '2026-03-02',
      dokumentetsDato: '2026-02-27',
      antallVedlegg: 2,
      korrespondanseparter: [
        { korrespondanseparttype: 'EA', navn: 'Ola Nordmann', postadresse: 'Storgata 1', postnummer: '2436', poststed: 'Våler i Solør' },
      ],
      merknader: [{ merknadstekst: 'Mangler situasjonskart' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const jp = res.json();
    expect(jp).toMatchObject({
      registreringstype: 'journalpost',
      journalposttype: { code: 'I', nb: 'Inngående dokument' },
      journalstatus: { code: 'J', nb: 'Journalført' },
      journalpostId: `${sak.saksaar}/${sak.sakssekvensnummer}-1`,
      saksnummer: `${sak.saksaar}/${sak.sakssekvensnummer}`,
      journaldato: '2026-03-02',
      forfallsdato: '2026-03-23',
      dokumentetsDato: '2026-02-27',
      antallVedlegg: 2,
      saksbehandler: { id: sbCtx.actor.brukerId, navn: 'Ola Sætre' },
      administrativEnhet: { navn: 'Byggesak' },
      korrespondanseparter: [{ korrespondanseparttype: { code: 'EA', nb: 'Avsender' }, navn: 'Ola Nordmann', skjermet: false }],
      merknader: [{ merknadstekst: 'Mangler situasjonskart', registrertAv: { navn: 'Kari Nordby' } }],
    });
    expect(jp.loepenummer).toBe(`${jp.journalsekvensnummer}/${jp.journalaar}`);
    expect(typeof jp.mottattDato).toBe('string');
  });

  it('starts a case worker’s incoming registration as S and own documents as R, with the given deadline', async () => {
    const sak = await createCase(sbCtx);
    const incoming = await registerJournalpost(sbCtx, sak.id, {
      journalposttype: 'I',
      tittel: 'E-post fra søker',
      forfallsdato: '2026-12-24',
    });
    const letter = await registerJournalpost(sbCtx, sak.id, { journalposttype: 'U', tittel: 'Svar' });
    expect([incoming.journalstatus, incoming.forfallsdato, incoming.saksbehandler_id]).toEqual(['S', '2026-12-24', sbCtx.actor.brukerId]);
    expect([letter.journalstatus, letter.forfallsdato, letter.mottatt_dato]).toEqual(['R', null, null]);
    const next = await sb.request('GET', `/api/journalposter/${letter.id}/neste-statuser`);
    expect(next.json().items.map((s: { code: string }) => s.code)).toEqual(['F', 'U']);
    const caseNext = await arkivar.request('GET', `/api/saksmapper/${sak.id}/neste-statuser`);
    expect(caseNext.json().items.map((s: { code: string }) => s.code)).toEqual(['B', 'U']);
  });

  it('keeps an arkivnotat in the case without journal numbers', async () => {
    const sak = await createCase(sbCtx);
    const notat = (await listBrevmaler(sbCtx, { journalposttype: 'X' })).find((m) => m.maltype === 'notat')!;
    const res = await sb.request('POST', `/api/saksmapper/${sak.id}/journalposter`, {
      registreringstype: 'arkivnotat',
      tittel: 'Telefonsamtale med søker',
      brevmalId: notat.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      registreringstype: 'arkivnotat',
      journalaar: null,
      journalsekvensnummer: null,
      loepenummer: null,
      journalpostnummer: 1,
    });
    expect(res.json().journaldato).toBe(osloDate(new Date()));
  });

  it('inherits the case’s screening and shows the records of a case in order', async () => {
    const personal = (await listArkivdeler(ark)).find((d) => d.kortnavn === 'PERS')!;
    const mappe = await createSaksmappe(ark, { arkivdelId: personal.id, tittel: 'Personalmappe', primaerKlasse: { verdi: FNR[4] } });
    for (const tittel of ['Søknad på stilling', 'Arbeidsavtale', 'Attest'])
      await registerJournalpost(ark, mappe.id, { journalposttype: 'I', tittel });
    const page = await arkivar.request('GET', `/api/saksmapper/${mappe.id}`);
    expect(page.statusCode).toBe(200);
    const records = page.json().journalposter as {
      tittel: string;
      journalpostnummer: number;
      tilgangskode: string;
      skjermingshjemmel: string;
    }[];
    expect(records.map((r) => [r.journalpostnummer, r.tittel])).toEqual([
      [1, 'Søknad på stilling'],
      [2, 'Arbeidsavtale'],
      [3, 'Attest'],
    ]);
    expect(records.every((r) => r.tilgangskode === 'P' && r.skjermingshjemmel.startsWith('Offl §13'))).toBe(true);
    expect(page.json()).toMatchObject({ saksstatus: { code: 'B' }, primaerKlasse: { verdi: FNR[4] }, tilgangskode: 'P' });
  });

  it('lists cases through the API with paging and filters', async () => {
    const res = await sb.request('GET', `/api/saksmapper?saksansvarligId=${sbCtx.actor.brukerId}&limit=2`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect(body.items[0].sakssekvensnummer).toBeGreaterThan(body.items[1].sakssekvensnummer);
    expect(body.items[0].saksnummer).toMatch(/^\d{4}\/\d+$/);
    expect((await sb.request('GET', '/api/saksmapper?saksstatus=Q')).statusCode).toBe(400);
  });
});
