import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp } from '../support/test-app.js';

/** Directive name → its values, from a Content-Security-Policy header. */
function csp(header: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(header).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe(`security headers (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let httpsApp: FastifyInstance;

  beforeAll(async () => {
    handle = await createTestDatabase();
    app = await createTestApp(handle);
    httpsApp = await createTestApp(handle, { publicUrl: 'https://saksgang.example.kommune.no' });
  });
  afterAll(async () => {
    await app.close();
    await httpsApp.close();
    await handle.close();
  });

  const paths = ['/api/health', '/api/finnes-ikke', '/api/docs/', '/saker/123'];

  it('allows scripts only from our own origin, never inline, on every kind of response', async () => {
    for (const url of paths) {
      const res = await app.inject({ method: 'GET', url });
      const policy = csp(res.headers['content-security-policy']);
      expect(policy.get('script-src'), url).toEqual(["'self'"]);
      expect(policy.get('script-src-attr'), url).toEqual(["'none'"]);
      expect(policy.get('object-src'), url).toEqual(["'none'"]);
      expect(policy.get('default-src'), url).toEqual(["'self'"]);
    }
  });

  it('forbids framing by any page (frame-ancestors none, X-Frame-Options DENY)', async () => {
    for (const url of paths) {
      const res = await app.inject({ method: 'GET', url });
      expect(csp(res.headers['content-security-policy']).get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('sends a Referrer-Policy that keeps paths on our own site, and a Permissions-Policy that turns off device features', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const permissions = String(res.headers['permissions-policy']);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends HSTS only when the public address is https', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    const secure = await httpsApp.inject({ method: 'GET', url: '/api/health' });
    expect(secure.headers['strict-transport-security']).toMatch(/^max-age=31536000; includeSubDomains$/);
    expect(csp(secure.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  });
});
