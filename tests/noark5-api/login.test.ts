import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { REL_BASE } from '../../src/features/noark5-api/protocol/links.js';
import { seedRecordsWorld } from '../records/records-world.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD } from '../support/world.js';
import { BASE, path } from './noark5-world.js';

/*
 * Login as OpenID Connect discovery and a token endpoint describe it: the
 * anonymous root names the discovery document, which names the token
 * endpoint; the password grant gives a bearer token (a session's) and a
 * refresh token, the refresh grant trades it once for new ones.
 */

const ACCEPT = { accept: 'application/vnd.noark5+json' };

describe(`Noark 5 API login (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let tokenEndpoint: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const form = (fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: path(tokenEndpoint),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      payload: new URLSearchParams(fields).toString(),
    });
  const bearer = (token: string, url = `${BASE}sakarkiv/saksmappe/`, method: 'GET' | 'POST' = 'GET', body?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...ACCEPT, ...(body ? { 'content-type': 'application/vnd.noark5+json' } : {}) },
      ...(body ? { payload: body } : {}),
    });

  it('leads an anonymous caller from the root through discovery to the token endpoint', async () => {
    const root = (await app.inject({ method: 'GET', url: BASE, headers: ACCEPT })).json();
    const discovery = root._links[`${REL_BASE}login/oidc/`].href as string;
    expect(discovery).toMatch(/\/noark5\/v5\/\.well-known\/openid-configuration\/$/);
    for (const url of [path(discovery), path(discovery).replace(/\/$/, '')]) {
      const doc = await app.inject({ method: 'GET', url, headers: { accept: 'application/json' } });
      expect(doc.statusCode).toBe(200);
      expect(doc.json()).toMatchObject({ grant_types_supported: ['password', 'refresh_token'] });
      tokenEndpoint = doc.json().token_endpoint;
      expect(`${doc.json().issuer}/.well-known/openid-configuration`).toBe(discovery.replace(/\/$/, ''));
    }
  });

  it('gives a bearer token for a password; the API accepts it, also for changes (no CSRF token: not a cookie)', async () => {
    const res = await form({ grant_type: 'password', username: 'valer.arkivar', password: PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const t = res.json();
    expect(t).toMatchObject({ token_type: 'Bearer', expires_in: expect.any(Number) });
    expect((await bearer(t.access_token)).statusCode).toBe(200);
    const filter = encodeURIComponent("startswith(tittel, 'Sakarkiv')");
    const sakarkiv = (await bearer(t.access_token, `${BASE}arkivstruktur/arkivdel/?$filter=${filter}`)).json().results[0];
    const ny = sakarkiv._links[`${REL_BASE}sakarkiv/ny-saksmappe/`].href as string;
    const made = await bearer(t.access_token, path(ny), 'POST', { tittel: 'Sak fra integrasjon', klasse: { klasseID: 'L42' } });
    expect(made.statusCode, made.body).toBe(201);
    // The session's token is the Noark 5 API's alone: the app API takes API tokens only.
    expect(
      (await app.inject({ method: 'GET', url: '/api/saksmapper', headers: { authorization: `Bearer ${t.access_token}` } })).statusCode,
    ).toBe(401);
  });

  it('trades a refresh token once: the old bearer token ends, a second use is refused', async () => {
    const first = (await form({ grant_type: 'password', username: 'valer.arkivar', password: PASSWORD })).json();
    const res = await form({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(res.statusCode, res.body).toBe(200);
    const second = res.json();
    expect(second.access_token).not.toBe(first.access_token);
    expect((await bearer(second.access_token)).statusCode).toBe(200);
    const old = await bearer(first.access_token);
    expect(old.statusCode).toBe(401);
    expect(old.headers['www-authenticate']).toMatch(/Bearer/);
    const again = await form({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toBe('invalid_grant');
  });

  it('answers a bad grant as OAuth does: invalid_grant, unsupported_grant_type, invalid_request', async () => {
    const wrong = await form({ grant_type: 'password', username: 'valer.arkivar', password: 'feil' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'invalid_grant', error_description: expect.any(String) });
    expect((await form({ grant_type: 'client_credentials' })).json().error).toBe('unsupported_grant_type');
    const missing = await form({ grant_type: 'password', username: 'valer.arkivar' });
    expect(missing.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(/password/) });
    expect((await bearer('ikke-en-noekkel')).statusCode).toBe(401);
  });
});
