import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { buildApp } from '../../src/http/app.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';

export async function createTestApp(handle: DatabaseHandle, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const config = { ...loadConfig({}), ...overrides };
  return buildApp({ db: handle.db, engine: handle.engine, config }, false);
}

/** A logged-in browser-like client: carries the session cookie and the CSRF token. */
export interface Client {
  cookie: string;
  csrf: string;
  session: {
    bruker: { id: string; brukernavn: string };
    aktivRolleId: string | null;
    roller: { id: string; rolle: string; organisasjon: { kortnavn: string } }[];
  };
  request(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  switchTo(kortnavn: string, rolle: string): Promise<void>;
}

export async function loginAs(app: FastifyInstance, brukernavn: string, passord: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { brukernavn, passord } });
  if (res.statusCode !== 200) throw new Error(`login ${brukernavn} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  const client: Client = {
    cookie,
    csrf: res.json().csrfToken,
    session: res.json(),
    request: (method, url, body) =>
      app.inject({
        method: method as 'GET',
        url,
        cookies: { [SESSION_COOKIE]: cookie },
        headers: { 'x-csrf-token': client.csrf },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
    async switchTo(kortnavn, rolle) {
      const role = client.session.roller.find((r) => r.organisasjon.kortnavn === kortnavn && r.rolle === rolle);
      if (!role) throw new Error(`${brukernavn} has no ${rolle} in ${kortnavn}`);
      const switched = await client.request('PUT', '/api/session/aktiv-rolle', { rolletildelingId: role.id });
      if (switched.statusCode !== 200) throw new Error(`switch failed: ${switched.body}`);
      client.session = switched.json();
    },
  };
  return client;
}
