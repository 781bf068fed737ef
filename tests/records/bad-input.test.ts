import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { listKlassifikasjonssystemer } from '../../src/features/arkivstruktur/list-klassifikasjonssystemer.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { as, createCase, seedRecordsWorld } from './records-world.js';

const NO_SUCH = '33333333-3333-4333-8333-333333333333';

describe(`bad input to the records API (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let sb: Client;
  let caseId: string;
  let gnrbnrId: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    const ctx = await as(handle, 'valer', 'SB');
    caseId = (await createCase(ctx)).id;
    gnrbnrId = (await listKlassifikasjonssystemer(ctx)).find((s) => s.verdiformat === 'gnrbnr')!.id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  async function expectField(method: string, url: string, body: unknown, field: string, status = 400) {
    const res = await sb.request(method, url, body);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = res.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(problem.detail).toContain(field);
    return problem;
  }

  it.each([
    ['missing tittel', { primaerKlasse: { verdi: 'L42' } }, 'tittel'],
    ['empty tittel', { tittel: '   ', primaerKlasse: { verdi: 'L42' } }, 'tittel'],
    ['missing primary class', { tittel: 'Sak' }, 'primaerKlasse'],
    ['unknown klasse id', { tittel: 'Sak', primaerKlasse: { klasseId: NO_SUCH } }, 'primaerKlasse.klasseId'],
    ['unknown ordningsverdi', { tittel: 'Sak', primaerKlasse: { verdi: 'Z99' } }, 'primaerKlasse.verdi'],
    ['malformed saksdato', { tittel: 'Sak', primaerKlasse: { verdi: 'L42' }, saksdato: '01.02.2026' }, 'saksdato'],
    ['unknown unit', { tittel: 'Sak', primaerKlasse: { verdi: 'L42' }, administrativEnhetId: NO_SUCH }, 'administrativEnhetId'],
    ['unknown case owner', { tittel: 'Sak', primaerKlasse: { verdi: 'L42' }, saksansvarligId: NO_SUCH }, 'saksansvarligId'],
    ['unknown field', { tittel: 'Sak', primaerKlasse: { verdi: 'L42' }, sakstittel: 'x' }, 'body'],
  ])('refuses a new case with %s', async (_what, body, field) => {
    await expectField('POST', '/api/saksmapper', body, field);
  });

  // Both walls stand behind this: the lookup's organisation filter and row-level security on roles and units.
  it('refuses a case owner and a unit of another organisation as unknown', async () => {
    const other = await as(handle, 'asnes', 'SB');
    const base = { tittel: 'Sak', primaerKlasse: { verdi: 'L42' } };
    await expectField('POST', '/api/saksmapper', { ...base, saksansvarligId: other.actor.brukerId }, 'saksansvarligId');
    await expectField(
      'POST',
      '/api/saksmapper',
      { ...base, administrativEnhetId: other.role.administrativEnhetId },
      'administrativEnhetId',
    );
  });

  it('refuses a malformed gnr/bnr with a message saying how to write it', async () => {
    const body = {
      tittel: 'Sak',
      primaerKlasse: { verdi: 'L42' },
      sekundaerKlasser: [{ klassifikasjonssystemId: gnrbnrId, verdi: '12-34' }],
    };
    const problem = await expectField('POST', '/api/saksmapper', body, 'sekundaerKlasser.0.verdi');
    expect(problem.detail).toContain('12/34');
  });

  it.each([
    ['missing journalposttype', { tittel: 'Brev' }, 'journalposttype'],
    ['wrong journalposttype', { journalposttype: 'Q', tittel: 'Brev' }, 'journalposttype'],
    ['missing tittel', { journalposttype: 'I' }, 'tittel'],
    ['wrong journalstatus', { journalposttype: 'I', tittel: 'Brev', journalstatus: 'Z' }, 'journalstatus'],
    [
      'wrong party type',
      { journalposttype: 'I', tittel: 'Brev', korrespondanseparter: [{ korrespondanseparttype: 'XX', navn: 'A' }] },
      'korrespondanseparter.0.korrespondanseparttype',
    ],
    [
      'invalid fødselsnummer',
      {
        journalposttype: 'I',
        tittel: 'Brev',
        korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'A', foedselsnummer: '12345678901' }],
      },
      'korrespondanseparter.0.foedselsnummer',
    ],
    [
      'invalid organisasjonsnummer',
      {
        journalposttype: 'I',
        tittel: 'Brev',
        korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'A', organisasjonsnummer: '123456789' }],
      },
      'korrespondanseparter.0.organisasjonsnummer',
    ],
    ['negative antallVedlegg', { journalposttype: 'I', tittel: 'Brev', antallVedlegg: -1 }, 'antallVedlegg'],
    ['mottattDato without time zone', { journalposttype: 'I', tittel: 'Brev', mottattDato: '2026-02-01 10:00' }, 'mottattDato'],
  ])('refuses a new record with %s', async (_what, body, field) => {
    await expectField('POST', `/api/saksmapper/${caseId}/journalposter`, body, field);
  });

  it('refuses a status the code list does not know, and an id that is not a UUID', async () => {
    await expectField('POST', `/api/saksmapper/${caseId}/status`, { saksstatus: 'X' }, 'saksstatus');
    const res = await sb.request('GET', '/api/saksmapper/123');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('explains an illegal transition in Norwegian and English', async () => {
    const res = await sb.request('POST', `/api/saksmapper/${caseId}/status`, { saksstatus: 'B' });
    expect(res.statusCode).toBe(403);
    expect(res.json().messages.nb).toMatch(/Rollen Saksbehandler kan ikke endre saksstatus/);
    const illegal = await sb.request('POST', `/api/saksmapper/${caseId}/status`, { saksstatus: 'S' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json()).toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
    expect(illegal.json().messages.en).toMatch(
      /Cannot change case status from Created by case worker \(R\) to Closed by case worker \(S\)/,
    );
  });

  it('answers 404 for an unknown case or record', async () => {
    expect((await sb.request('GET', `/api/saksmapper/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await sb.request('GET', `/api/journalposter/${NO_SUCH}`)).statusCode).toBe(404);
    expect(
      (await sb.request('POST', `/api/saksmapper/${NO_SUCH}/journalposter`, { journalposttype: 'U', tittel: 'X', brevmalId: NO_SUCH }))
        .statusCode,
    ).toBe(404);
  });
});
