/**
 * Login limits (docs/security.md). Two counters, neither of which lets one
 * person lock out another:
 *
 * - per user name AND source together: the first few failures are free, then
 *   each further attempt must wait a delay that doubles with every failure.
 *   Only the guesser's own source is slowed; the real user elsewhere is not.
 * - per source, over all user names: a flat cap that stops one address from
 *   spraying guesses over many accounts.
 *
 * Attempts are reserved (written) before the password is hashed and counted
 * afterwards, so concurrent guesses see each other and cannot all slip
 * through while the slow hash runs.
 */
export const LOGIN_LIMIT = {
  freeFailuresPerPair: 5,
  pairWindowMinutes: 60,
  firstDelaySeconds: 15,
  maxDelaySeconds: 15 * 60,
  perSource: 30,
  sourceWindowMinutes: 15,
} as const;

export interface AttemptCounts {
  /** Earlier failures (and attempts in flight) for this user name from this source, within the pair window. */
  pairPrior: number;
  pairLatest: Date | null;
  /** All attempts from this source within the source window, this one included. */
  perSource: number;
  sourceOldest: Date | null;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'pair' | 'source' };

export function pairDelaySeconds(priorFailures: number): number {
  const over = priorFailures - LOGIN_LIMIT.freeFailuresPerPair;
  if (over < 0) return 0;
  return Math.min(LOGIN_LIMIT.maxDelaySeconds, LOGIN_LIMIT.firstDelaySeconds * 2 ** over);
}

export function decideAttempt(counts: AttemptCounts, now: Date, perSourceLimit: number = LOGIN_LIMIT.perSource): LimitDecision {
  if (counts.perSource > perSourceLimit) {
    const oldest = counts.sourceOldest?.getTime() ?? now.getTime();
    const wait = (oldest + LOGIN_LIMIT.sourceWindowMinutes * 60_000 - now.getTime()) / 1000;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)), reason: 'source' };
  }
  const delay = pairDelaySeconds(counts.pairPrior);
  if (delay > 0) {
    const latest = counts.pairLatest?.getTime() ?? 0;
    const wait = (latest + delay * 1000 - now.getTime()) / 1000;
    if (wait > 0) return { allowed: false, retryAfterSeconds: Math.ceil(wait), reason: 'pair' };
  }
  return { allowed: true };
}

/**
 * The source an attempt is counted against: an IPv4 address as it is, an
 * IPv6 address by its /64 network (one home or host gets a whole /64, so
 * single addresses would be free to rotate).
 */
export function limitSource(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
