import type { Database } from '../../db/open-database.js';
import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { sokRepository as repo } from './sok-repository.js';

/*
 * Writes queue their search-index work (sok_ko, migration 0035) instead of
 * doing it in their transaction; sok_ta_igjen() does it, set-based. The job
 * runner calls it in the background, and every search for its own
 * organisation first, so a search finds what was written before it.
 */

/** Queue rows taken per call in the background, so one call never holds the index for long. */
const BATCH = 2000;

/** Brings the index up to date with everything queued (one organisation's, or all); returns the queue rows taken. */
export async function catchUpSearchIndex(db: Database, organisasjonId: string | null = null): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await repo.catchUp(db, organisasjonId, BATCH);
    total += n;
    if (n < BATCH) return total;
  }
}

/**
 * A tenant transaction for a path that reads the search index: who reads,
 * and the organisation's queued index work done, in the statement that
 * enters the tenant (no round trip of its own; an empty queue costs one
 * index probe).
 */
export function inTenantForSearch<T>(ctx: Pick<Ctx, 'db' | 'role' | 'actor'>, work: (tx: Tx, reader: Reader) => Promise<T>): Promise<T> {
  return inTenantAsReader(ctx, work, [repo.catchUpColumn(ctx.role.organisasjonId, 1_000_000)]);
}
