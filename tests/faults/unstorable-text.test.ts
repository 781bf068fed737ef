import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { findUnstorableText } from '../../src/http/unstorable-text.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import { valerTeam, type ValerTeam } from '../records/records-world.js';
import { engineName } from '../support/test-db.js';

const NUL = '\u0000';
const LONE_SURROGATE = '\ud800';

/** A 400 that names `field`, with no stack trace and no trace of a database error. */
function expectRefused(res: LightMyRequestResponse, field: string) {
  expect(res.statusCode, res.body).toBe(400);
  const body = res.json();
  expect(body.code).toBe('VALIDATION_FAILED');
  expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
  expect(res.body).not.toMatch(/invalid byte sequence|0x00|at \//);
}

describe('unstorable text (pure)', () => {
  it('finds NUL and lone surrogates by field, and lets paired surrogates (emoji) and æøå through', () => {
    expect(findUnstorableText({ tittel: 'Bål 🔥 og ære', parter: [{ navn: 'Åse' }] })).toEqual([]);
    const found = findUnstorableText({ tittel: `a${NUL}b`, parter: [{ navn: `x${LONE_SURROGATE}` }, { navn: '\udc00y' }] });
    expect(found.map((f) => f.field)).toEqual(['tittel', 'parter.0.navn', 'parter.1.navn']);
    expect(findUnstorableText({ [`k${NUL}`]: 'v' }).map((f) => f.field)).toEqual([`k${NUL}`]);
  });
});

describe(`text PostgreSQL cannot store is refused with a 400 naming the field (${engineName()})`, () => {
  let team: ValerTeam;
  valerTeam((t) => (team = t));

  it('a title with NUL or a lone surrogate', async () => {
    for (const bad of [NUL, LONE_SURROGATE]) {
      const res = await team.arkivar.request('POST', '/api/saksmapper', { tittel: `Byggesak${bad}`, primaerKlasse: { verdi: 'L42' } });
      expectRefused(res, 'tittel');
    }
    const ok = await team.arkivar.request('POST', '/api/saksmapper', { tittel: 'Byggesak 🏠 på Åsnes', primaerKlasse: { verdi: 'L42' } });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('a search and a path parameter', async () => {
    expectRefused(await team.arkivar.request('GET', '/api/sok?q=bygg%00sak'), 'q');
    expectRefused(await team.arkivar.request('GET', '/api/saksmapper/%00'), 'id');
  });

  it('a login name, before anyone is logged in', async () => {
    const res = await team.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { brukernavn: `valer.arkivar${NUL}`, passord: 'x' },
    });
    expectRefused(res, 'brukernavn');
  });

  it('a form field of an upload', async () => {
    const sak = await team.arkivar.request('POST', '/api/saksmapper', { tittel: 'Byggesak', primaerKlasse: { verdi: 'L42' } });
    const jp = await team.arkivar.request('POST', `/api/saksmapper/${sak.json().id}/journalposter`, {
      journalposttype: 'I',
      tittel: 'Søknad',
    });
    expect(jp.statusCode, jp.body).toBe(201);
    const form = documentForm('a.txt', Buffer.from('hei'), { tittel: `Søknad${NUL}` });
    const res = await postForm(team.app, team.arkivar, `/api/journalposter/${jp.json().id}/dokumenter`, form);
    expectRefused(res, 'tittel');
  });
});
