import { findCode, type CodeEntry } from '../../noark/domain/index.js';

/** A code value as the specification writes it: `{kode, kodenavn}`; an unknown code (imported data) as itself. */
export interface Kode {
  kode: string;
  kodenavn: string;
}

export function kodeOf(list: readonly CodeEntry[], value: string): Kode;
export function kodeOf(list: readonly CodeEntry[], value: string | null): Kode | null;
export function kodeOf(list: readonly CodeEntry[], value: string | null): Kode | null {
  if (value === null) return null;
  const entry = findCode(list, value);
  return { kode: value, kodenavn: entry?.nb ?? value };
}

/** An app presenter's code (`{code, nb, en}`) as a Noark 5 code. */
export const fromCodeBody = (c: { code: string; nb: string }): Kode => ({ kode: c.code, kodenavn: c.nb });
