/** Timing helpers and the result table. */
export const nowMs = () => performance.now();

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Runs `work(i)` for i in [0, total) on `clients` concurrent workers; returns elapsed ms. */
export async function runConcurrent(total: number, clients: number, work: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = nowMs();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total; i = next++) await work(i);
    }),
  );
  return nowMs() - started;
}

/**
 * Times `a(i)` and `b(i)` for each sample, taking turns at going first, so
 * a machine that slows down or speeds up meanwhile weighs on both alike.
 * A few untimed rounds first (module loading, JIT, plan caches).
 */
export async function timePairs(
  total: number,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
  warmUp = 5,
): Promise<[number[], number[]]> {
  for (let i = 0; i < warmUp; i++) {
    await a(i);
    await b(i);
  }
  const as: number[] = [];
  const bs: number[] = [];
  const time = async (work: (i: number) => Promise<unknown>, i: number, into: number[]) => {
    const t = nowMs();
    await work(i);
    into.push(nowMs() - t);
  };
  for (let i = 0; i < total; i++) {
    if (i % 2 === 0) {
      await time(a, i, as);
      await time(b, i, bs);
    } else {
      await time(b, i, bs);
      await time(a, i, as);
    }
  }
  return [as, bs];
}

export interface Figure {
  figure: string;
  unit: string;
  saksgang: number;
  bareSql: number;
  /** How many times the bare SQL's figure Saksgang's is (higher = more overhead; for throughput the inverse). */
  ratio: number;
}

export function printTable(figures: Figure[]): void {
  printRows([
    ['figure', 'Saksgang', 'bare SQL', 'ratio'],
    ...figures.map((f) => [`${f.figure} (${f.unit})`, fmt(f.saksgang), fmt(f.bareSql), `${f.ratio.toFixed(2)}×`]),
  ]);
}

/** Samples this process's resident memory while the timed work runs; `stop()` gives the peak in MB. */
export function sampleRss(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / 2 ** 20;
    },
  };
}

/** How a figure grows per tenfold data: (large / small) ^ (1 / log10(size ratio)); for throughput the inverse, so above 1 is always worse. */
export function perTenfold(small: number, large: number, sizeSmall: number, sizeLarge: number, throughput: boolean): number {
  const ratio = throughput ? small / large : large / small;
  return ratio ** (1 / Math.log10(sizeLarge / sizeSmall));
}

export function printRows(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  rows.forEach((r, i) => {
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  });
}

export const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
