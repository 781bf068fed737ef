import { describe, expect, it } from 'vitest';
import { codesOf } from './code-list.js';
import { JOURNALPOSTTYPE, JOURNALSTATUS, SAKSSTATUS } from './code-lists.js';
import { allowedNextStatuses } from './status-transitions.js';

describe('allowedNextStatuses', () => {
  it.each([
    ['saksmappe', null, 'R', 'ARK', ['B', 'U']],
    ['saksmappe', null, 'R', 'SB', []],
    ['saksmappe', null, 'B', 'SB', ['S']],
    ['saksmappe', null, 'B', 'ARK', ['A', 'U']],
    ['saksmappe', null, 'S', 'ARK', ['B', 'A']],
    ['saksmappe', null, 'S', 'SB', ['B']],
    ['saksmappe', null, 'A', 'ARK', ['B']],
    ['saksmappe', null, 'A', 'LED', []],
    ['saksmappe', null, null, 'SB', ['R']],
    ['saksmappe', null, null, 'ARK', ['B']],
    ['journalpost', 'I', null, 'ARK', ['M', 'J']],
    ['journalpost', 'I', null, 'SB', ['S']],
    ['journalpost', 'I', 'M', 'ARK', ['J', 'U']],
    ['journalpost', 'I', 'M', 'SB', []],
    ['journalpost', 'U', 'R', 'SB', ['F', 'U']],
    ['journalpost', 'U', 'F', 'SB', ['E']],
    ['journalpost', 'N', 'F', 'ARK', ['J', 'U']],
    ['journalpost', 'S', 'J', 'ARK', ['A', 'U']],
    ['journalpost', 'X', 'A', 'ARK', []],
  ] as const)('%s %s from %s for %s → %j', (entity, type, from, role, expected) => {
    expect(allowedNextStatuses(entity, type, from, role)).toEqual(expected);
  });

  it('offers nothing to SYS or LES, from any status', () => {
    for (const role of ['SYS', 'LES'] as const) {
      for (const from of [null, ...codesOf(SAKSSTATUS)]) expect(allowedNextStatuses('saksmappe', null, from, role)).toEqual([]);
      for (const type of codesOf(JOURNALPOSTTYPE)) {
        for (const from of [null, ...codesOf(JOURNALSTATUS)]) {
          expect(allowedNextStatuses('journalpost', type, from, role)).toEqual([]);
        }
      }
    }
  });
});
