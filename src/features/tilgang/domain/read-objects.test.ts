import { describe, expect, it } from 'vitest';
import { documentObject, recordObject } from './read-objects.js';
import { hasFullAccess, type Reader } from './read-rule.js';

const sak = { tilgangskode: 'P', tilgangsgruppe_id: null, opprettet_av: 'a', saksansvarlig_id: 'owner', administrativ_enhet_id: 'per' };
const jp = { tilgangskode: 'P', tilgangsgruppe_id: null, opprettet_av: 'a', saksbehandler_id: 'sb', administrativ_enhet_id: 'per' };
const reader = (brukerId: string, ledetEnheter: string[] = []): Reader => ({ brukerId, rolle: 'SB', ledetEnheter, tilgangsgrupper: [] });

describe('copy recipients and the read rule', () => {
  it('lets a copy recipient read a screened record and its documents, and a copied unit’s leaders', () => {
    const copied = { ...jp, kopi_brukere: ['kari'], kopi_enheter: ['tek'] };
    expect(hasFullAccess(reader('kari'), recordObject(jp, sak, []))).toBe(false);
    expect(hasFullAccess(reader('kari'), recordObject(copied, sak, []))).toBe(true);
    expect(
      hasFullAccess(reader('kari'), documentObject({ tilgangskode: null, tilgangsgruppe_id: null, opprettet_av: 'a' }, copied, sak, [])),
    ).toBe(true);
    expect(hasFullAccess({ ...reader('leder', ['tek']), rolle: 'LED' }, recordObject(copied, sak, []))).toBe(true);
    expect(hasFullAccess(reader('ola'), recordObject(copied, sak, []))).toBe(false);
  });
});
