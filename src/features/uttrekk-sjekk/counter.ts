/** Counts per key (status, year, type …), in the order keys were first seen. */
export class Counter {
  private readonly counts = new Map<string, number>();

  add(key: string | undefined, by = 1): void {
    const k = key && key !== '' ? key : '(uten verdi)';
    this.counts.set(k, (this.counts.get(k) ?? 0) + by);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Entries sorted by key (years and codes read best that way). */
  entries(): [string, number][] {
    return [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b, 'nb'));
  }

  toObject(): Record<string, number> {
    return Object.fromEntries(this.entries());
  }
}
