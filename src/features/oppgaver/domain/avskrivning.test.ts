import { describe, expect, it } from 'vitest';
import { awaitingParts, awaitsWriteOff, type WriteOffState } from './avskrivning.js';

const rec = (r: Partial<WriteOffState>): WriteOffState => ({
  journalposttype: 'I',
  journalstatus: 'J',
  mottakere: [],
  avskrivninger: [],
  ...r,
});

describe('awaitsWriteOff (seed 001, restanseoppfølging)', () => {
  it('holds for an incoming record and an N note without a write-off', () => {
    for (const journalposttype of ['I', 'N']) expect(awaitsWriteOff(rec({ journalposttype }))).toBe(true);
  });
  it('never for an X note, an own letter, a void record or one written off', () => {
    expect(awaitsWriteOff(rec({ journalposttype: 'X' }))).toBe(false);
    expect(awaitsWriteOff(rec({ journalposttype: 'U', journalstatus: 'E' }))).toBe(false);
    expect(awaitsWriteOff(rec({ journalstatus: 'U' }))).toBe(false);
    expect(awaitsWriteOff(rec({ journalposttype: 'N', journalstatus: 'R', avskrivninger: [null] }))).toBe(false);
    expect(awaitsWriteOff(rec({ avskrivninger: [null] }))).toBe(false);
  });
});

describe('awaitingParts: an N note per internal recipient (krav 3.4.6)', () => {
  const note = (avskrivninger: (string | null)[]) => rec({ journalposttype: 'N', mottakere: ['a', 'b'], avskrivninger });

  it('awaits one part per recipient, and a recipient-less note or a letter the whole record', () => {
    expect(awaitingParts(note([]))).toEqual(['a', 'b']);
    expect(awaitingParts(rec({ journalposttype: 'N' }))).toEqual([null]);
    expect(awaitingParts(rec({}))).toEqual([null]);
  });
  it("clears only the recipient's own part with their write-off, all with the whole record's", () => {
    expect(awaitingParts(note(['a']))).toEqual(['b']);
    expect(awaitsWriteOff(note(['a']))).toBe(true);
    expect(awaitingParts(note(['a', 'b']))).toEqual([]);
    expect(awaitingParts(note([null]))).toEqual([]);
  });
  it('ignores recipients on an incoming letter: any write-off clears it', () => {
    expect(awaitingParts(rec({ mottakere: ['a'], avskrivninger: ['x'] }))).toEqual([]);
    expect(awaitingParts(rec({ mottakere: ['a'] }))).toEqual([null]);
  });
});
