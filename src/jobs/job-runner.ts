import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Log } from '../shared/context.js';
import { jobRepository as repo, type JobRow } from './job-repository.js';

/** What a job handler gets: its row and the owner connection. */
export interface JobContext {
  db: Kysely<DB>;
  log: Log;
  job: JobRow;
}

export type JobHandler = (ctx: JobContext) => Promise<void>;

export interface JobRunnerOptions {
  db: Kysely<DB>;
  log: Log;
  handlers: Readonly<Record<string, JobHandler>>;
  /** Jobs run at once in this process. */
  concurrency?: number;
  /** How often the table is looked at when nothing woke the runner. */
  pollMs?: number;
  /** A job not finished within its lease is taken again (its process is presumed dead). */
  leaseSeconds?: number;
  /**
   * Work kept in a queue of its own rather than as job rows (the search
   * index's, migration 0035), done whenever the runner looks; returns how
   * much it did, so `drain` repeats it until nothing is left.
   */
  sweep?: () => Promise<number>;
}

/** A failure that another try cannot mend (e.g. a file over the limits): the job fails at once. */
export class PermanentJobError extends Error {}

/** Seconds before the next try: 10 s, 1 min, 6 min … */
export const backoffSeconds = (attempt: number) => 10 * 6 ** (attempt - 1);

/**
 * Runs due jobs from the job table with the registered handlers. A handler
 * that throws has its job tried again later, up to the job's `maks_forsok`,
 * then marked failed with its message (the system owner sees it). Stopping
 * waits for the jobs in hand; a job cut off by a crash is taken again when
 * its lease runs out.
 */
export class JobRunner {
  private readonly types: string[];
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private looking = false;

  constructor(private readonly options: JobRunnerOptions) {
    this.types = Object.keys(options.handlers);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Looks for work now (e.g. right after a use case enqueued some). */
  wake(): void {
    if (!this.stopped) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.running]);
  }

  /** Runs due jobs in this process until none is left (the CLI, the demo builder and tests use it). */
  async drain(): Promise<number> {
    let done = 0;
    while (await this.runOne()) done++;
    await Promise.allSettled([...this.running]);
    while ((await this.sweep()) > 0) done++;
    return done;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.look(), ms);
    this.timer.unref();
  }

  private async look(): Promise<void> {
    if (this.stopped || this.looking) return;
    this.looking = true;
    try {
      await this.sweep();
      while (!this.stopped && this.running.size < (this.options.concurrency ?? 1)) {
        const job = await this.claim();
        if (!job) break;
        const run = this.run(job).finally(() => {
          this.running.delete(run);
          this.wake();
        });
        this.running.add(run);
      }
    } finally {
      this.looking = false;
      if (!this.stopped) this.schedule(this.options.pollMs ?? 1000);
    }
  }

  private async sweep(): Promise<number> {
    try {
      return (await this.options.sweep?.()) ?? 0;
    } catch (error) {
      this.options.log.warn({ err: error }, 'could not do the queued background work');
      return 0;
    }
  }

  private async claim(): Promise<JobRow | undefined> {
    try {
      return await repo.claim(this.options.db, this.types, this.options.leaseSeconds ?? 600);
    } catch (error) {
      // The database may be away for a moment; the next look tries again.
      this.options.log.warn({ err: error }, 'could not look for background jobs');
      return undefined;
    }
  }

  private async runOne(): Promise<boolean> {
    const job = await this.claim();
    if (!job) return false;
    await this.run(job);
    return true;
  }

  private async run(job: JobRow): Promise<void> {
    const { db, log, handlers } = this.options;
    const started = Date.now();
    try {
      await handlers[job.type]!({ db, log, job });
      await repo.finish(db, job.id);
      log.debug({ job: job.id, type: job.type, ms: Date.now() - started }, 'background job done');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retry = !(error instanceof PermanentJobError) && job.forsok < job.maks_forsok ? backoffSeconds(job.forsok) : null;
      log.warn({ job: job.id, type: job.type, attempt: job.forsok, retryInSeconds: retry, err: error }, 'background job failed');
      await repo
        .fail(db, job.id, message, retry)
        .catch((e: unknown) => log.error({ err: e, job: job.id }, 'could not record a failed job'));
    }
  }
}
