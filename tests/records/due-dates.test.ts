import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loginAs, type Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { createCase, valerTeam, type ValerTeam } from './records-world.js';

/*
 * Seed 001 fase 1: «Forfallsdato registreres med 3 uker dersom ikke annen
 * frist er oppgitt»; «Brev som HASTER registreres med kort forfallsdato …
 * (f.eks 2 dager) slik at dokumentet vises med rødt flagg». Both periods are
 * the organisation's setting.
 */
describe(`due dates of incoming post (${engineName()})`, () => {
  let team: ValerTeam;
  let app: FastifyInstance;
  let arkivar: Client;
  let sb: Client;
  let sys: Client;

  valerTeam((t) => {
    team = t;
    ({ app, arkivar, sb } = t);
  });

  const received = '2026-03-02T09:00:00+01:00';
  const register = async (body: Record<string, unknown> = {}) => {
    const sak = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    const res = await arkivar.request('POST', `/api/saksmapper/${sak.id}/journalposter`, {
      journalposttype: 'I',
      tittel: 'Brev',
      mottattDato: received,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('gives incoming post a due date three weeks after it was received, unless one is given', async () => {
    expect(await register()).toMatchObject({ forfallsdato: '2026-03-23', haster: false });
    expect(await register({ forfallsdato: '2026-04-15' })).toMatchObject({ forfallsdato: '2026-04-15' });
  });

  it('gives an urgent letter the short due date and marks it, logged', async () => {
    const jp = await register({ haster: true });
    expect(jp).toMatchObject({ forfallsdato: '2026-03-04', haster: true });
    const log = (await arkivar.request('GET', `/api/journalposter/${jp.id}/endringslogg`)).json().items;
    expect(log).toContainEqual(expect.objectContaining({ felt: 'haster', nyVerdi: 'true' }));
    const cleared = await arkivar.request('PATCH', `/api/journalposter/${jp.id}`, { haster: false });
    expect(cleared.json().haster).toBe(false);
  });

  it('shows every role the periods, and lets only the archive and the system owner change them', async () => {
    const seen = await sb.request('GET', '/api/organisasjon/svarfrister');
    expect(seen.json()).toEqual({ svarfristDager: 21, hasterSvarfristDager: 2, kanEndre: false });
    const refused = await sb.request('PUT', '/api/organisasjon/svarfrister', { svarfristDager: 14 });
    expect(refused.statusCode).toBe(403);
    sys = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
    expect((await sys.request('GET', '/api/organisasjon/svarfrister')).json().kanEndre).toBe(true);
    const set = await arkivar.request('PUT', '/api/organisasjon/svarfrister', { svarfristDager: 14, hasterSvarfristDager: 1 });
    expect(set.json()).toEqual({ svarfristDager: 14, hasterSvarfristDager: 1, kanEndre: true });
    expect(await register()).toMatchObject({ forfallsdato: '2026-03-16' });
    expect(await register({ haster: true })).toMatchObject({ forfallsdato: '2026-03-03' });
    const orgId = team.ark.role.organisasjonId;
    const log = (await arkivar.request('GET', `/api/endringslogg?objektId=${orgId}`)).json().items;
    expect(log).toContainEqual(
      expect.objectContaining({ objektType: 'organisasjon', felt: 'svarfristDager', tidligereVerdi: '21', nyVerdi: '14' }),
    );
    await sys.request('PUT', '/api/organisasjon/svarfrister', { svarfristDager: 21, hasterSvarfristDager: 2 });
  });

  it('refuses periods out of bounds, or an urgent period not shorter than the ordinary one, naming the field', async () => {
    const zero = await arkivar.request('PUT', '/api/organisasjon/svarfrister', { svarfristDager: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors[0].field).toBe('svarfristDager');
    const longer = await arkivar.request('PUT', '/api/organisasjon/svarfrister', { svarfristDager: 3, hasterSvarfristDager: 3 });
    expect(longer.statusCode).toBe(400);
    expect(longer.json().errors).toEqual([expect.objectContaining({ field: 'hasterSvarfristDager' })]);
    expect((await arkivar.request('GET', '/api/organisasjon/svarfrister')).json().svarfristDager).toBe(21);
  });
});
