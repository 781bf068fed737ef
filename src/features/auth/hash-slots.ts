import { DomainError } from '../../shared/errors.js';

/**
 * A bounded gate in front of the password hash. Each scrypt call holds about
 * 128 MiB and one of libuv's few worker threads, which file reads and writes
 * share: without a bound, a flood of logins (even for unknown users) starves
 * downloads and memory. At most `concurrency` hashes run; at most `queue`
 * attempts wait; the rest are refused at once with 429 and Retry-After.
 */
export class HashSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private concurrency: number,
    private queue: number,
  ) {}

  configure(concurrency: number, queue: number): void {
    this.concurrency = concurrency;
    this.queue = queue;
  }

  get inFlight(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queue) throw busy();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter, so `running` never dips and a newcomer cannot jump the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

const busy = () =>
  new DomainError(
    'LOGIN_BUSY',
    {
      nb: 'Innloggingen er overbelastet akkurat nå. Prøv igjen om litt.',
      en: 'Login is overloaded right now. Try again shortly.',
    },
    [],
    2,
  );
