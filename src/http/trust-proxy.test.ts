import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './trust-proxy.js';

describe('TRUST_PROXY', () => {
  it('believes nobody by default', () => {
    for (const value of [undefined, '', 'false', '0']) expect(parseTrustProxy(value)).toBe(false);
  });

  it('takes a hop count or a list of proxy addresses and ranges', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.5, 10.1.0.0/16,::1,fd00::/8,loopback')).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses `true` and anything that is not an address, so a typo cannot trust every client', () => {
    for (const value of ['true', 'proxy.kommune.no', '10.0.0.0/33', '10.0.0.1/8/2'])
      expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY/);
  });
});
