/**
 * The shape every Noark 5 code list shares. `nb` is the code name exactly as
 * the extraction (arkivuttrekk) and the REST API write it; `en` is our label
 * for the English interface. Lists are `as const` data so the union of codes
 * is derived from the data and can never drift from it.
 */
export interface CodeEntry {
  readonly code: string;
  readonly nb: string;
  readonly en: string;
}

export type CodeOf<L extends readonly CodeEntry[]> = L[number]['code'];

/** A type guard for one list, e.g. `isSaksstatus(x)`. */
export function codeGuard<L extends readonly CodeEntry[]>(list: L): (x: unknown) => x is CodeOf<L> {
  const codes = new Set<string>(list.map((e) => e.code));
  return (x: unknown): x is CodeOf<L> => typeof x === 'string' && codes.has(x);
}

/**
 * The codes of a list as a non-empty tuple, which is what schema builders such
 * as `z.enum()` want; the lists are never empty, so the cast is safe.
 */
export function codesOf<L extends readonly CodeEntry[]>(list: L): readonly [CodeOf<L>, ...CodeOf<L>[]] {
  return list.map((e) => e.code) as unknown as readonly [CodeOf<L>, ...CodeOf<L>[]];
}

/** The entry for a code; undefined for a code that is not in the list. */
export function findCode<L extends readonly CodeEntry[]>(list: L, code: string): L[number] | undefined {
  return list.find((e) => e.code === code);
}
