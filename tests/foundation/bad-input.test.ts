import { randomUUID } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { JSON_BODY_LIMIT } from '../../src/http/app.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { PASSWORD, seedWorld } from '../support/world.js';

interface FieldError {
  field: string;
  messages: { nb: string; en: string };
}

describe(`bad input gets a clear 4xx (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let owner: Client;
  // Every response of every test, checked afterwards for 500s and stack traces.
  let seen: LightMyRequestResponse[] = [];

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    app = await createTestApp(handle);
    owner = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });
  afterEach(() => {
    for (const res of seen) {
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.body).not.toMatch(/^\s+at /m);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    seen = [];
  });

  async function send(options: InjectOptions, as: Client | null = owner) {
    const auth = as ? { cookies: { [SESSION_COOKIE]: as.cookie }, headers: { 'x-csrf-token': as.csrf, ...options.headers } } : {};
    const res = await app.inject({ ...options, ...auth });
    seen.push(res);
    return res;
  }
  const login = (payload: unknown, headers: Record<string, string> = {}) =>
    send({ method: 'POST', url: '/api/auth/login', payload: payload as object, headers }, null);
  const fields = (res: LightMyRequestResponse) => (res.json().errors ?? []) as FieldError[];

  it('refuses malformed JSON, naming the body', async () => {
    const res = await send({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"brukernavn": "valer.arkivar", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(fields(res)[0]!.field).toBe('body');
  });

  it('names each missing field, in Norwegian by default and in English on request', async () => {
    const nb = await login({});
    expect(nb.statusCode).toBe(400);
    expect(fields(nb).map((f) => f.field)).toEqual(expect.arrayContaining(['brukernavn', 'passord']));
    for (const f of fields(nb)) expect(f.messages).toEqual({ nb: 'må fylles ut', en: 'is required' });
    expect(nb.json().detail).toMatch(/brukernavn må fylles ut/);
    expect(nb.json().detail).toMatch(/passord må fylles ut/);

    const en = await login({}, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.json().detail).toMatch(/brukernavn is required/);
    expect(en.json().detail).toMatch(/passord is required/);
  });

  it('names the field that has the wrong type', async () => {
    const res = await login({ brukernavn: 42, passord: 'demo' });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual([{ field: 'brukernavn', messages: { nb: 'må være tekst', en: 'must be a string' } }]);
  });

  it('refuses unknown fields in a strict body, naming them', async () => {
    const res = await login({ brukernavn: 'valer.arkivar', passord: 'demo', erAdmin: true });
    expect(res.statusCode).toBe(400);
    expect(fields(res)[0]!.messages.nb).toMatch(/ukjent felt: erAdmin/);
  });

  it('refuses an id that is not a UUID, naming the field', async () => {
    const res = await send({ method: 'PUT', url: '/api/session/aktiv-rolle', payload: { rolletildelingId: 'rolle-1' } });
    expect(res.statusCode).toBe(400);
    expect(fields(res)[0]!.field).toBe('rolletildelingId');
    expect(fields(res)[0]!.messages.nb).toMatch(/UUID/);
  });

  it('answers 404 for ids that do not exist', async () => {
    const role = await send({ method: 'PUT', url: '/api/session/aktiv-rolle', payload: { rolletildelingId: randomUUID() } });
    expect(role.statusCode).toBe(404);
    expect(role.json().code).toBe('NOT_FOUND');
    const unit = await send({
      method: 'POST',
      url: '/api/enheter',
      payload: { kortnavn: 'X', navn: 'X', overordnetEnhetId: randomUUID() },
    });
    expect(unit.statusCode).toBe(404);
    expect(unit.json().code).toBe('NOT_FOUND');
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const payload = JSON.stringify({ brukernavn: 'valer.arkivar', passord: 'x'.repeat(JSON_BODY_LIMIT) });
    const res = await send({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload }, null);
    expect(res.statusCode).toBe(413);
  });

  it('refuses a body that is not JSON', async () => {
    // Plain text is parsed as a string, which is not the object the schema wants.
    const text = await send({ method: 'POST', url: '/api/enheter', headers: { 'content-type': 'text/plain' }, payload: 'kortnavn=X' });
    expect(text.statusCode).toBe(400);
    expect(fields(text)[0]!.field).toBe('body');
    // A content type with no parser at all is told to send JSON.
    const xml = await send({ method: 'POST', url: '/api/enheter', headers: { 'content-type': 'application/xml' }, payload: '<enhet/>' });
    expect(xml.statusCode).toBe(400);
    expect(xml.json().detail).toMatch(/JSON/);
  });

  it('answers an unknown /api path with 404 problem+json', async () => {
    const res = await send({ method: 'GET', url: '/api/finnes-ikke?x=1' }, null);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(res.json().detail).toContain('/api/finnes-ikke');
  });

  it('answers a malformed URL with 400 problem+json', async () => {
    const res = await send({ method: 'GET', url: '/api/%E0%A4%A' }, null);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('answers a request line Node cannot parse with 400 problem+json, not a bare error', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.end(Buffer.from('GET /api/sok?q=bygges\u00f8knad HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')),
      );
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString('utf8')));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/application\/problem\+json/);
    expect(raw).toMatch(/URL-kodes/);
  });
});
