import { describe, expect, it } from 'vitest';
import { maySeeScreenedParties, type ScreeningReader } from './screening.js';

const record = { saksbehandler_id: 'sb', administrativ_enhet_id: 'bygg' };
const saksmappe = { saksansvarlig_id: 'owner', administrativ_enhet_id: 'tek' };
const reader = (brukerId: string, rolle: ScreeningReader['rolle'], administrativEnhetId: string | null): ScreeningReader => ({
  brukerId,
  rolle,
  administrativEnhetId,
});

describe('maySeeScreenedParties', () => {
  it.each([
    ['the archivist', reader('x', 'ARK', null), true],
    ["the record's saksbehandler", reader('sb', 'SB', 'other'), true],
    ["the case's saksansvarlig", reader('owner', 'SB', 'other'), true],
    ["a leader of the record's unit", reader('x', 'LED', 'bygg'), true],
    ["a deputy of the case's unit", reader('x', 'SF', 'tek'), true],
    ['a leader of another unit', reader('x', 'LED', 'skole'), false],
    ['another case worker of the same unit', reader('x', 'SB', 'bygg'), false],
    ['a reader', reader('x', 'LES', 'bygg'), false],
    ['the system owner', reader('x', 'SYS', 'bygg'), false],
    ['a leader without a unit', reader('x', 'LED', null), false],
  ])('%s → %s', (_who, r, expected) => {
    expect(maySeeScreenedParties(r, record, saksmappe)).toBe(expected);
  });
});
