import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { closeArkivdel } from '../../src/features/arkivstruktur/close-arkivdel.js';
import { closeArkivperiode } from '../../src/features/arkivstruktur/close-arkivperiode.js';
import { createArkivdel } from '../../src/features/arkivstruktur/create-arkivdel.js';
import { transferOpenCases } from '../../src/features/arkivstruktur/transfer-open-cases.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import type { Ctx } from '../../src/shared/context.js';
import { refusal, sql } from '../security/app-role.js';
import type { Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { systemCtxFor } from '../support/world.js';
import { createCase, valerTeam } from './records-world.js';

/*
 * Periods of an arkivdel, Noark 5 krav 6.2 (docs/noark5-compliance.md):
 * each test names the requirement it shows. The database's twin of each
 * refusal (migration 0077) is shown beside the use case's.
 */

const PERIOD_GUARD = 'SG001';

describe(`arkivdel periods, krav 6.2 (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let ark: Ctx;
  let sbCtx: Ctx;
  let arkivar: Client;
  let sb: Client;
  let sys: Ctx;
  let serial = 0;

  valerTeam((team) => {
    ({ handle, ark, sbCtx, arkivar, sb } = team);
  });

  /** A fresh active part classed by the subject key, like SAK. */
  async function freshPart() {
    sys ??= await systemCtxFor(handle, 'valer');
    const org = sys.role.organisasjonId;
    const { arkivId, systemId } = await inTenant(sys, async (tx) => ({
      arkivId: (await tx.selectFrom('arkiv').select('id').where('organisasjon_id', '=', org).executeTakeFirstOrThrow()).id,
      systemId: (
        await tx
          .selectFrom('klassifikasjonssystem')
          .select('id')
          .where('organisasjon_id', '=', org)
          .where('kortnavn', '=', 'ARKIVNOKKEL')
          .executeTakeFirstOrThrow()
      ).id,
    }));
    serial += 1;
    return createArkivdel(sys, {
      arkivId,
      kortnavn: `PER${serial}`,
      tittel: `Periode ${serial}`,
      beskrivelse: 'Periodiseres hvert fjerde år, med overlapping.',
      arkivperiodeStartDato: '2020-01-01',
      primaerKlassifikasjonssystemId: systemId,
    });
  }

  const endPeriod = (id: string, extra: { overfoerAapneMapper?: boolean } = {}) =>
    closeArkivperiode(ark, id, { sluttDato: '2025-12-31', kortnavn: `NY${++serial}`, tittel: 'Ny periode', ...extra });

  const partOf = async (saksmappeId: string) =>
    (await inTenant(ark, (tx) => tx.selectFrom('saksmappe').select('arkivdel_id').where('id', '=', saksmappeId).executeTakeFirstOrThrow()))
      .arkivdel_id;

  it('krav 6.2.1, 6.2.2, 6.2.12: a part describes its periodisation, keeps its paper somewhere, and links predecessor and successor', async () => {
    const del = await freshPart();
    expect(del.beskrivelse).toContain('Periodiseres');
    const { arkivdel, arvtaker } = await endPeriod(del.id);
    expect(arkivdel).toMatchObject({ referanse_arvtaker: arvtaker.id, arkivperiode_slutt_dato: '2025-12-31', arkivdelstatus: 'P' });
    expect(arvtaker).toMatchObject({
      referanse_forloeper: del.id,
      arkivperiode_start_dato: '2026-01-01',
      arkivdelstatus: 'A',
      beskrivelse: del.beskrivelse,
    });
    const res = await arkivar.request('GET', '/api/arkivdeler');
    const listed = res.json().items.find((d: { id: string }) => d.id === arvtaker.id);
    expect(listed).toMatchObject({ referanseForloeper: del.id, arkivdelstatus: { code: 'A', nb: 'Aktiv periode' } });
    expect(listed.primaerKlassifikasjonssystemId).not.toBeNull();
    const sysClient = await arkivar.request('POST', '/api/arkivdeler', { arkivId: del.arkiv_id, kortnavn: 'X', tittel: 'X' });
    expect(sysClient.statusCode).toBe(403); // 5.13.6: parts are made by the administrator; periods are the archive's
    const paper = await createArkivdel(sys, {
      arkivId: del.arkiv_id,
      kortnavn: 'PAPIR',
      tittel: 'Papirarkiv',
      oppbevaringssted: 'Fjellhallen, reol 4',
    });
    expect(paper.oppbevaringssted).toBe('Fjellhallen, reol 4');
  });

  it('krav 6.2.3, 6.2.4: an active part takes new cases; a part in overlap takes none (use case and database)', async () => {
    const del = await freshPart();
    const open = await createCase(ark, { arkivdelId: del.id });
    const { arkivdel, arvtaker } = await endPeriod(del.id);
    expect(arkivdel.arkivdelstatus).toBe('O');
    await expect(createCase(ark, { arkivdelId: del.id })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'arkivdelId' }],
    });
    expect((await createCase(ark, { arkivdelId: arvtaker.id })).arkivdel_id).toBe(arvtaker.id);
    const insert = await refusal(
      ark,
      sql`INSERT INTO saksmappe (organisasjon_id, arkivdel_id, saksaar, sakssekvensnummer, tittel, saksdato, administrativ_enhet_id, saksansvarlig_id, saksstatus, opprettet_av)
          SELECT organisasjon_id, ${del.id}::uuid, 2099, 1, 'Bakvei', saksdato, administrativ_enhet_id, saksansvarlig_id, 'B', opprettet_av
          FROM saksmappe WHERE id = ${open.id}::uuid`,
    );
    expect(insert.code).toBe(PERIOD_GUARD);
    // «eksisterende mapper i en overlappingsperiode skal være åpne for nye registreringer»
    await expect(
      registerJournalpost(ark, open.id, { journalposttype: 'I', tittel: 'Ettersending', dokumentmedium: 'F' }),
    ).resolves.toBeTruthy();
  });

  it('krav 6.2.5: a new registration in a case of a part in overlap moves the case to the successor', async () => {
    const del = await freshPart();
    const sak = await createCase(ark, { arkivdelId: del.id });
    const { arvtaker } = await endPeriod(del.id);
    expect(await partOf(sak.id)).toBe(del.id);
    await registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: 'Nytt brev i gammel sak', dokumentmedium: 'F' });
    expect(await partOf(sak.id)).toBe(arvtaker.id);
    const log = await inTenant(ark, (tx) =>
      tx
        .selectFrom('endringslogg')
        .select(['felt', 'ny_verdi'])
        .where('objekt_id', '=', sak.id)
        .where('felt', '=', 'referanseArkivdel')
        .execute(),
    );
    expect(log.map((l) => l.ny_verdi)).toContain(arvtaker.id);
  });

  it('krav 6.2.7, 6.2.8: a part in overlap with open cases cannot be closed; the open cases are listed (use case and database)', async () => {
    const del = await freshPart();
    const sak = await createCase(ark, { arkivdelId: del.id });
    const closedSak = await createCase(ark, { arkivdelId: del.id });
    await changeSaksstatus(ark, closedSak.id, { saksstatus: 'A' });
    await endPeriod(del.id);
    await expect(closeArkivdel(ark, del.id)).rejects.toMatchObject({ code: 'PERIOD_CLOSED' });
    const db = await refusal(ark, sql`UPDATE arkivdel SET arkivdelstatus = 'P' WHERE id = ${del.id}::uuid`);
    expect(db.code).toBe(PERIOD_GUARD);
    const res = await arkivar.request('GET', `/api/saksmapper?arkivdelId=${del.id}&aapne=true`);
    expect(res.json().items.map((s: { id: string }) => s.id)).toEqual([sak.id]);
    await changeSaksstatus(ark, sak.id, { saksstatus: 'A' });
    const closed = await closeArkivdel(ark, del.id);
    expect(closed).toMatchObject({ arkivdelstatus: 'P', avsluttet_av: ark.actor.brukerId });
  });

  it('krav 6.2.9, 6.2.10: every open case of a part in overlap is carried over to the successor in one step', async () => {
    const del = await freshPart();
    const a = await createCase(ark, { arkivdelId: del.id });
    const b = await createCase(ark, { arkivdelId: del.id });
    const done = await createCase(ark, { arkivdelId: del.id });
    await changeSaksstatus(ark, done.id, { saksstatus: 'A' });
    const { arvtaker } = await endPeriod(del.id);
    expect(await transferOpenCases(ark, del.id)).toEqual({ overfoert: 2 });
    expect([await partOf(a.id), await partOf(b.id), await partOf(done.id)]).toEqual([arvtaker.id, arvtaker.id, del.id]);
    const res = await arkivar.request('POST', `/api/arkivdeler/${del.id}/avslutning`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().arkivdelstatus.code).toBe('P');
    // All at once when the period ends: the part is closed straight away.
    const other = await freshPart();
    const c = await createCase(ark, { arkivdelId: other.id });
    const r = await endPeriod(other.id, { overfoerAapneMapper: true });
    expect(r).toMatchObject({ overfoert: 1, arkivdel: { arkivdelstatus: 'P' } });
    expect(await partOf(c.id)).toBe(r.arvtaker.id);
  });

  it('krav 6.2.6: a closed part takes no case, no registration, and its cases are not reopened (use case and database)', async () => {
    const del = await freshPart();
    const sak = await createCase(ark, { arkivdelId: del.id });
    await changeSaksstatus(ark, sak.id, { saksstatus: 'A' });
    await endPeriod(del.id);
    await expect(createCase(ark, { arkivdelId: del.id })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(changeSaksstatus(ark, sak.id, { saksstatus: 'B' })).rejects.toMatchObject({ code: 'PERIOD_CLOSED' });
    await expect(registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: 'For sent', dokumentmedium: 'F' })).rejects.toMatchObject(
      {
        code: 'CASE_CLOSED',
      },
    );
    const reopen = await refusal(ark, sql`UPDATE saksmappe SET saksstatus = 'B' WHERE id = ${sak.id}::uuid`);
    expect(reopen.code).toBe(PERIOD_GUARD);
    const record = await refusal(
      ark,
      sql`INSERT INTO journalpost (organisasjon_id, saksmappe_id, registreringstype, journalpostnummer, journalposttype, journalstatus, journaldato, tittel, administrativ_enhet_id, saksbehandler_id, opprettet_av)
          SELECT organisasjon_id, id, 'journalpost', 99, 'I', 'M', saksdato, 'Bakvei', administrativ_enhet_id, saksansvarlig_id, opprettet_av
          FROM saksmappe WHERE id = ${sak.id}::uuid`,
    );
    expect(record.code).toBe(PERIOD_GUARD);
    const back = await refusal(ark, sql`UPDATE arkivdel SET arkivdelstatus = 'A' WHERE id = ${del.id}::uuid`);
    expect(back.code).toBe(PERIOD_GUARD);
  });

  it('lets only the archive end a period, over HTTP with clear answers', async () => {
    const del = await freshPart();
    const body = { sluttDato: '2025-12-31', kortnavn: 'HTTP-NY', tittel: 'Sakarkiv 2026–' };
    const denied = await sb.request('POST', `/api/arkivdeler/${del.id}/periodeslutt`, body);
    expect(denied.statusCode).toBe(403);
    const bad = await arkivar.request('POST', `/api/arkivdeler/${del.id}/periodeslutt`, { ...body, sluttDato: '2019-12-31' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('sluttDato');
    const ok = await arkivar.request('POST', `/api/arkivdeler/${del.id}/periodeslutt`, body);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      arkivdel: { arkivdelstatus: { code: 'P' } },
      arvtaker: { kortnavn: 'HTTP-NY', referanseForloeper: del.id },
    });
    const twice = await arkivar.request('POST', `/api/arkivdeler/${del.id}/periodeslutt`, { ...body, kortnavn: 'HTTP-NY2' });
    expect(twice.statusCode).toBe(409);
    expect(sbCtx.role.rolle).toBe('SB');
  });

  it('krav 6.2.3: once the case archive SAK has ended, new cases go to its successor by default', async () => {
    const sak = await createCase(ark);
    const org = ark.role.organisasjonId;
    const sakDel = await inTenant(ark, (tx) =>
      tx.selectFrom('arkivdel').select('id').where('organisasjon_id', '=', org).where('kortnavn', '=', 'SAK').executeTakeFirstOrThrow(),
    );
    const { arvtaker } = await endPeriod(sakDel.id);
    expect(sak.arkivdel_id).toBe(sakDel.id);
    expect((await createCase(sbCtx)).arkivdel_id).toBe(arvtaker.id);
  });
});
