import { describe, expect, it } from 'vitest';
import { awaitsWriteOff } from './avskrivning.js';

describe('awaitsWriteOff (seed 001, restanseoppfølging)', () => {
  it('holds for an incoming record and an N note without a write-off', () => {
    for (const journalposttype of ['I', 'N']) expect(awaitsWriteOff({ journalposttype, journalstatus: 'J', avskrevet: false })).toBe(true);
  });
  it('never for an X note, an own letter, a void record or one written off', () => {
    expect(awaitsWriteOff({ journalposttype: 'X', journalstatus: 'J', avskrevet: false })).toBe(false);
    expect(awaitsWriteOff({ journalposttype: 'U', journalstatus: 'E', avskrevet: false })).toBe(false);
    expect(awaitsWriteOff({ journalposttype: 'I', journalstatus: 'U', avskrevet: false })).toBe(false);
    expect(awaitsWriteOff({ journalposttype: 'N', journalstatus: 'R', avskrevet: true })).toBe(false);
  });
});
