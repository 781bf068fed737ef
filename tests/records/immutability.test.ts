import { listBrevmaler } from '../../src/features/maler/list-brevmaler.js';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { updateJournalpost } from '../../src/features/journalpost/update-journalpost.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import type { Ctx } from '../../src/shared/context.js';
import { type Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { as, createCase, valerTeam } from './records-world.js';

describe(`journalført records are never deleted (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let ark: Ctx;
  let sb: Client;
  let arkivar: Client;

  async function journalfoert() {
    const sak = await createCase(ark, { saksansvarligId: (await as(handle, 'valer', 'SB')).actor.brukerId });
    // A paper letter, confirmed so by the archive: journalført at once.
    const record = await registerJournalpost(ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Søknad om byggetillatelse',
      dokumentmedium: 'F',
    });
    expect(record.journalstatus).toBe('J');
    return { sak, record };
  }

  valerTeam((team) => {
    ({ handle, app, ark, arkivar, sb } = team);
  });

  it('has no delete path in the API', async () => {
    const { sak, record } = await journalfoert();
    for (const url of [`/api/journalposter/${record.id}`, `/api/saksmapper/${sak.id}`]) {
      const res = await arkivar.request('DELETE', url);
      expect(res.statusCode).toBe(404);
    }
    expect((await arkivar.request('GET', `/api/journalposter/${record.id}`)).statusCode).toBe(200);
    // No DELETE route anywhere on cases, records, their parties or the log. Taking an internal
    // contact off a case is access administration (logged), not a deletion of evidence.
    const deletes = app
      .printRoutes({ method: 'DELETE', commonPrefix: false })
      .split('\n')
      .filter((line) => !line.includes('/interne-kontakter/'));
    expect(deletes.join('\n')).toContain('/api/api-tokens/:id');
    expect(deletes.join('\n')).not.toMatch(/saksmapper|journalposter|korrespondanse|parter|endringslogg|arkiv|klasse/);
  });

  it('refuses DELETE on records, cases, parties and the log in the database itself', async () => {
    await journalfoert();
    for (const table of [
      'journalpost',
      'saksmappe',
      'korrespondansepart',
      'part',
      'dokumentbeskrivelse',
      'dokumentobjekt',
      'endringslogg',
      'nummerserie',
    ]) {
      await expect(
        inTenant(ark, (tx) => sql`DELETE FROM ${sql.table(table)}`.execute(tx)),
        table,
      ).rejects.toThrow(/permission denied/);
    }
    await expect(inTenant(ark, (tx) => sql`UPDATE endringslogg SET ny_verdi = 'x'`.execute(tx))).rejects.toThrow(/permission denied/);
  });

  it('refuses a case worker’s edit of a journalført record and lets the archive correct it, logged', async () => {
    const { record } = await journalfoert();
    const refused = await sb.request('PATCH', `/api/journalposter/${record.id}`, { tittel: 'Endret av saksbehandler' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('RECORD_LOCKED');
    const party = await sb.request('POST', `/api/journalposter/${record.id}/korrespondanseparter`, {
      korrespondanseparttype: 'EA',
      navn: 'Ny',
    });
    expect(party.json().code).toBe('RECORD_LOCKED');
    const corrected = await arkivar.request('PATCH', `/api/journalposter/${record.id}`, { tittel: 'Søknad om rammetillatelse' });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().tittel).toBe('Søknad om rammetillatelse');
    const log = (await arkivar.request('GET', `/api/journalposter/${record.id}/endringslogg`)).json().items;
    expect(log.at(-1)).toMatchObject({
      felt: 'tittel',
      tidligereVerdi: 'Søknad om byggetillatelse',
      nyVerdi: 'Søknad om rammetillatelse',
      endretAv: { id: ark.actor.brukerId },
    });
  });

  it('lets only the archive void a journalført record, which keeps it with status U', async () => {
    const { record } = await journalfoert();
    const refused = await sb.request('POST', `/api/journalposter/${record.id}/utgaar`, { begrunnelse: 'Feil' });
    expect(refused.statusCode).toBe(403);
    const viaStatus = await sb.request('POST', `/api/journalposter/${record.id}/status`, { journalstatus: 'U' });
    expect(viaStatus.statusCode).toBe(403);
    const voided = await arkivar.request('POST', `/api/journalposter/${record.id}/utgaar`, { begrunnelse: 'Registrert to ganger' });
    expect(voided.statusCode).toBe(200);
    expect(voided.json().journalstatus.code).toBe('U');
    expect(voided.json().merknader.map((m: { merknadstekst: string }) => m.merknadstekst)).toEqual(['Registrert to ganger']);
  });

  it('lets only the archive move a record to another case of the same organisation', async () => {
    const { sak, record } = await journalfoert();
    const target = await createCase(ark);
    const refused = await sb.request('POST', `/api/journalposter/${record.id}/flytt`, { saksmappeId: target.id });
    expect(refused.statusCode).toBe(403);
    const asnesCase = await createCase(await as(handle, 'asnes', 'ARK'));
    expect((await arkivar.request('POST', `/api/journalposter/${record.id}/flytt`, { saksmappeId: asnesCase.id })).statusCode).toBe(404);
    const moved = await arkivar.request('POST', `/api/journalposter/${record.id}/flytt`, { saksmappeId: target.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ saksmappeId: target.id, journalpostId: `${target.saksaar}/${target.sakssekvensnummer}-1` });
    const log = (await arkivar.request('GET', `/api/journalposter/${record.id}/endringslogg`)).json().items;
    expect(log.at(-1)).toMatchObject({
      felt: 'registreringsID',
      tidligereVerdi: `${sak.saksaar}/${sak.sakssekvensnummer}-1`,
      nyVerdi: `${target.saksaar}/${target.sakssekvensnummer}-1`,
    });
  });

  it('freezes an archived record, even for the archive', async () => {
    const { sak, record } = await journalfoert();
    await changeJournalstatus(ark, record.id, { journalstatus: 'A' });
    // Noark 5 krav 3.2.14: an archived record keeps its title and archive part (no move).
    await expect(updateJournalpost(ark, record.id, { tittel: 'Endret' })).rejects.toMatchObject({ code: 'OBJECT_FROZEN' });
    await expect(changeJournalstatus(ark, record.id, { journalstatus: 'U' })).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
    const other = await createCase(ark);
    const move = await arkivar.request('POST', `/api/journalposter/${record.id}/flytt`, { saksmappeId: other.id });
    expect(move.json().code).toBe('OBJECT_FROZEN');
    await changeSaksstatus(ark, sak.id, { saksstatus: 'A' });
  });

  it('lets the author change a draft freely before it is journalført', async () => {
    const sbCtx = await as(handle, 'valer', 'SB');
    const sak = await createCase(ark, { saksansvarligId: sbCtx.actor.brukerId });
    const [brevmal] = await listBrevmaler(sbCtx, { journalposttype: 'U' });
    const draft = await sb.request('POST', `/api/saksmapper/${sak.id}/journalposter`, {
      journalposttype: 'U',
      tittel: 'Svar på søknad',
      brevmalId: brevmal!.id,
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().journalstatus.code).toBe('R');
    const edited = await sb.request('PATCH', `/api/journalposter/${draft.json().id}`, {
      tittel: 'Vedtak om rammetillatelse',
      sendtDato: '2026-03-01T09:00:00Z',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().tittel).toBe('Vedtak om rammetillatelse');
  });
});
