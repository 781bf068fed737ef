import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ExtractReply } from './extract-child.js';
import { NotExtractableError } from './extract-text.js';

export interface ChildLimits {
  /** V8 heap of the child, MB. */
  memoryMb: number;
  /** Per file. */
  timeoutMs: number;
}

export const DEFAULT_CHILD_LIMITS: ChildLimits = { memoryMb: 512, timeoutMs: 60_000 };

const CHILD = fileURLToPath(new URL('./extract-child.ts', import.meta.url));
/** A child is retired after this many files, so whatever a parser leaks goes with it. */
const FILES_PER_CHILD = 200;

/**
 * Extracts text in a child process (TypeScript through tsx, as the server
 * runs), one file at a time: a parser that loops, eats memory or crashes is
 * killed and reported, the next file gets a fresh child, and the server's
 * event loop never waits on a parser. A file over the limits is not worth
 * another try (NotExtractableError).
 */
export class ExtractionChild {
  private child: ChildProcess | undefined;
  private served = 0;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly limits: ChildLimits = DEFAULT_CHILD_LIMITS) {}

  extract(bytes: Uint8Array, mimeType: string): Promise<string | undefined> {
    const run = this.queue.then(() => this.extractNow(bytes, mimeType));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.retire();
  }

  private extractNow(bytes: Uint8Array, mimeType: string): Promise<string | undefined> {
    const child = this.current();
    const id = this.nextId++;
    this.served++;
    return new Promise((resolve, reject) => {
      let stderr = '';
      const onData = (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-2000);
      };
      const onMessage = (reply: ExtractReply) => {
        if (reply.id !== id) return;
        done();
        if (reply.ok) resolve(reply.text);
        else reject(reply.permanent ? new NotExtractableError(reply.message) : new Error(reply.message));
      };
      const onExit = (code: number | null, signal: string | null) => {
        done(true);
        const outOfMemory = /heap out of memory|Allocation failed/i.test(stderr);
        const why = outOfMemory ? `ran out of its ${this.limits.memoryMb} MB of memory` : `stopped (${signal ?? `exit code ${code}`})`;
        reject(new NotExtractableError(`text extraction ${why}`));
      };
      const timer = setTimeout(() => {
        done(true);
        reject(new NotExtractableError(`text extraction took more than ${this.limits.timeoutMs / 1000} s and was stopped`));
      }, this.limits.timeoutMs);
      const done = (broken = false) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        child.stderr?.off('data', onData);
        if (broken || this.served >= FILES_PER_CHILD) this.retire();
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.stderr?.on('data', onData);
      child.send({ id, bytes, mimeType });
    });
  }

  private current(): ChildProcess {
    if (this.child && this.child.exitCode === null && this.child.connected) return this.child;
    this.served = 0;
    this.child = fork(CHILD, [], {
      execArgv: ['--import', 'tsx', `--max-old-space-size=${this.limits.memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // A child that is not working on anything must not keep the server alive.
    this.child.unref();
    this.child.channel?.unref();
    return this.child;
  }

  private retire(): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) child.kill('SIGKILL');
  }
}
