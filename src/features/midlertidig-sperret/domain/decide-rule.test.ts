import { describe, expect, it } from 'vitest';
import { basketScope, checkSkjermingsvedtak } from './decide-rule.js';

describe('the XX basket and its decision', () => {
  it('shows leaders their unit’s basket, the archive every basket, nobody else any', () => {
    expect(basketScope({ rolle: 'LED', enhetId: 'e' })).toEqual({ enhetId: 'e' });
    expect(basketScope({ rolle: 'ARK', enhetId: null })).toEqual({ all: true });
    for (const rolle of ['SB', 'MS', 'SYS', 'LES'] as const) {
      expect(() => basketScope({ rolle, enhetId: 'e' })).toThrow(expect.objectContaining({ code: 'ACCESS_DENIED' }));
    }
  });

  it('needs a final code and a basis to screen; lifting needs nothing', () => {
    const codes = ['U', 'P', 'XX'];
    expect(() => checkSkjermingsvedtak({ vedtak: 'opphev' }, codes)).not.toThrow();
    expect(() => checkSkjermingsvedtak({ vedtak: 'skjerm', tilgangskode: 'U', skjermingshjemmel: 'Offl §13' }, codes)).not.toThrow();
    expect(() => checkSkjermingsvedtak({ vedtak: 'skjerm', tilgangskode: 'XX', skjermingshjemmel: 'x' }, codes)).toThrow(
      /tilgangskode|access/i,
    );
    expect(() => checkSkjermingsvedtak({ vedtak: 'skjerm', tilgangskode: 'U', skjermingshjemmel: ' ' }, codes)).toThrow();
  });
});
