import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { ArkivuttrekkFase } from './tables.js';
import { uttrekkRepository as runs, type Progress } from './uttrekk-repository.js';

/** A run's progress is written at most this often while a phase goes on (every phase change is written at once). */
export const PROGRESS_EVERY_MS = 2000;

/** Told of every progress written (the background job keeps its lease with it). */
export type OnProgress = (p: Progress) => Promise<void>;

/**
 * The progress of one run, kept on its row (migration 0085) so the web
 * client can show it and a run that stopped being heard from can be told
 * from one that is busy. Called between batches only, never inside a
 * transaction (PGlite has one connection).
 */
export class RunProgress {
  private fase: ArkivuttrekkFase = 'venter';
  private registreringer = 0;
  private dokumentfiler = 0;
  private last = 0;

  constructor(
    private readonly ctx: Ctx,
    private readonly id: string,
    private readonly totalt: number,
    private readonly onProgress?: OnProgress,
  ) {}

  /** A new phase: its count starts from 0. */
  async phase(fase: ArkivuttrekkFase): Promise<void> {
    this.fase = fase;
    this.registreringer = 0;
    await this.save(true);
  }

  /** Records (registreringer or journal lines) and document files written so far in this phase. */
  async count(registreringer: number, dokumentfiler = this.dokumentfiler): Promise<void> {
    this.registreringer = registreringer;
    this.dokumentfiler = dokumentfiler;
    await this.save(false);
  }

  /** A sign of life during a long step that counts nothing (the self-check). */
  async beat(): Promise<void> {
    await this.save(true);
  }

  private async save(force: boolean): Promise<void> {
    const now = Date.now();
    if (!force && now - this.last < PROGRESS_EVERY_MS) return;
    this.last = now;
    const p: Progress = {
      fase: this.fase,
      registreringer: Math.min(this.registreringer, this.totalt),
      totalt: this.totalt,
      dokumentfiler: this.dokumentfiler,
    };
    await inTenant(this.ctx, (tx) => runs.setProgress(tx, this.ctx.role.organisasjonId, this.id, p));
    await this.onProgress?.(p);
  }
}

/** Passes text pieces on, telling `after` once each piece has been handed on (outside any transaction of the producer). */
export async function* tapped(chunks: AsyncIterable<string>, after: () => Promise<void>): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    yield chunk;
    await after();
  }
}

/** Runs `work`, beating every `everyMs` while it goes on. */
export async function withHeartbeat<T>(progress: RunProgress, everyMs: number, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void progress.beat().catch(() => undefined), everyMs);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
