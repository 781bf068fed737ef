import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeySet } from './key-set.js';

describe('KeySet', () => {
  it('holds many UUIDs and other texts, growing as needed, and knows a repeat', () => {
    const set = new KeySet();
    const uuids = Array.from({ length: 20_000 }, () => randomUUID());
    for (const u of uuids) expect(set.add(u)).toBe(true);
    for (const name of ['dokumenter/1.pdf', 'dokumenter/2.pdf']) expect(set.add(name)).toBe(true);
    expect(set.size).toBe(20_002);
    expect(set.add(uuids[123]!.toUpperCase())).toBe(false);
    expect(set.add('dokumenter/1.pdf')).toBe(false);
    expect(set.has(uuids[19_999]!)).toBe(true);
    expect(set.has(randomUUID())).toBe(false);
    expect(set.has('dokumenter/3.pdf')).toBe(false);
  });
});
