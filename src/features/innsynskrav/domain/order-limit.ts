/**
 * How often one source may order access without logging in: a sliding
 * window per source (an IPv4 address, an IPv6 /64; `limitSource`), kept in
 * the process like a web server's request limiter. The public journal's
 * readers are many; the orders of one source are few.
 */
export const ORDER_LIMIT = { perSource: 10, windowMinutes: 10 } as const;

export class OrderLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly perSource: number = ORDER_LIMIT.perSource,
    private readonly windowMs: number = ORDER_LIMIT.windowMinutes * 60_000,
  ) {}

  /** Counts one order from `source` at `now`; the seconds to wait when it is over the limit (the order is then not counted). */
  take(source: string, now: number): number | null {
    const since = now - this.windowMs;
    const recent = (this.seen.get(source) ?? []).filter((t) => t > since);
    if (recent.length >= this.perSource) {
      this.seen.set(source, recent);
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
    }
    recent.push(now);
    this.seen.set(source, recent);
    if (this.seen.size > 10_000) this.prune(since);
    return null;
  }

  private prune(since: number): void {
    for (const [source, times] of this.seen) if (!times.some((t) => t > since)) this.seen.delete(source);
  }
}
