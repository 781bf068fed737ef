import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { JobStatus } from './tables.js';

type Db = Kysely<DB>;

export interface NewJob {
  organisasjonId: string | null;
  type: string;
  /** The same (type, key) is enqueued once; null for work that may repeat. */
  nokkel: string | null;
  data?: Record<string, unknown>;
  maksForsok?: number;
  kjorEtter?: Date;
}

export type JobRow = Awaited<ReturnType<typeof jobRepository.claim>> & object;

/** The job table. Claiming, finishing and failing run on the owner connection (the worker is no tenant). */
export const jobRepository = {
  /** Enqueues in the caller's transaction; false when the same (type, key) is there already. */
  async enqueue(db: Db, job: NewJob): Promise<boolean> {
    const rows = await db
      .insertInto('jobb')
      .values({
        organisasjon_id: job.organisasjonId,
        type: job.type,
        nokkel: job.nokkel,
        data: JSON.stringify(job.data ?? {}),
        ...(job.maksForsok ? { maks_forsok: job.maksForsok } : {}),
        ...(job.kjorEtter ? { kjor_etter: job.kjorEtter } : {}),
      })
      .onConflict((oc) => oc.columns(['type', 'nokkel']).where('nokkel', 'is not', null).doNothing())
      .returning('id')
      .execute();
    return rows.length > 0;
  },

  /**
   * Takes the next job that is due: waiting, or running under a lease that
   * ran out (its process died). SKIP LOCKED lets several processes take
   * different jobs at once.
   */
  async claim(db: Db, types: readonly string[], leaseSeconds: number) {
    const result = await sql<{
      id: number;
      organisasjon_id: string | null;
      type: string;
      nokkel: string | null;
      data: Record<string, unknown>;
      forsok: number;
      maks_forsok: number;
    }>`
      UPDATE jobb SET status = 'kjorer', forsok = forsok + 1, startet_dato = now(),
        laast_til = now() + make_interval(secs => ${leaseSeconds}), feilmelding = NULL
      WHERE id = (
        SELECT id FROM jobb
        WHERE (status = 'venter' OR (status = 'kjorer' AND laast_til < now()))
          AND kjor_etter <= now() AND type IN (${sql.join(types)})
        ORDER BY kjor_etter, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING id, organisasjon_id, type, nokkel, data, forsok, maks_forsok`.execute(db);
    return result.rows[0];
  },

  finish(db: Db, id: number) {
    return db
      .updateTable('jobb')
      .set({ status: 'ferdig', ferdig_dato: sql`now()`, laast_til: null })
      .where('id', '=', id)
      .execute();
  },

  /** A failed try: waits `retryInSeconds` for the next, or fails for good when no tries are left. */
  fail(db: Db, id: number, message: string, retryInSeconds: number | null) {
    const next =
      retryInSeconds === null
        ? { status: 'feilet' as const, ferdig_dato: sql<Date>`now()` }
        : { status: 'venter' as const, kjor_etter: sql<Date>`now() + make_interval(secs => ${retryInSeconds})` };
    return db
      .updateTable('jobb')
      .set({ ...next, laast_til: null, feilmelding: message.slice(0, 2000) })
      .where('id', '=', id)
      .execute();
  },

  /** A running job shows it is alive: its lease runs `seconds` from now (a long job that reports progress). */
  async extendLease(db: Db, id: number, seconds: number): Promise<void> {
    await db
      .updateTable('jobb')
      .set({ laast_til: sql<Date>`now() + make_interval(secs => ${seconds})` })
      .where('id', '=', id)
      .where('status', '=', 'kjorer')
      .execute();
  },

  /** Whether any job of these types is due or running (for draining). */
  async hasPending(db: Db, types: readonly string[]): Promise<boolean> {
    const row = await db
      .selectFrom('jobb')
      .select('id')
      .where('status', 'in', ['venter', 'kjorer'])
      .where('type', 'in', types)
      .where('kjor_etter', '<=', sql<Date>`now()`)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** The organisation's jobs, newest first, for the system owner (in a tenant transaction). */
  list(db: Db, organisasjonId: string, filter: { status?: JobStatus | undefined; limit: number; offset: number }) {
    let q = db.selectFrom('jobb').selectAll().where('organisasjon_id', '=', organisasjonId);
    if (filter.status) q = q.where('status', '=', filter.status);
    return q.orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  },

  async count(db: Db, organisasjonId: string, status?: JobStatus) {
    let q = db
      .selectFrom('jobb')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisasjon_id', '=', organisasjonId);
    if (status) q = q.where('status', '=', status);
    return Number((await q.executeTakeFirstOrThrow()).n);
  },

  /** A failed job tried again from the start (the system owner's «Prøv igjen»). */
  retry(db: Db, organisasjonId: string, id: number) {
    return db
      .updateTable('jobb')
      .set({ status: 'venter', forsok: 0, kjor_etter: sql<Date>`now()`, feilmelding: null })
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .where('status', '=', 'feilet')
      .returning('id')
      .executeTakeFirst();
  },

  /**
   * The organisation's jobs of `types` with these keys, due now: a failed
   * one from its first try again, a waiting one without waiting out its
   * backoff (a case worker's «Prøv igjen» on a failed dispatch). Running
   * and finished ones are left alone. Returns the keys it woke.
   */
  async wakeByKeys(db: Db, organisasjonId: string, types: readonly string[], keys: readonly string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows = await db
      .updateTable('jobb')
      .set({
        status: 'venter',
        forsok: sql<number>`CASE WHEN status = 'feilet' THEN 0 ELSE forsok END`,
        kjor_etter: sql<Date>`now()`,
      })
      .where('organisasjon_id', '=', organisasjonId)
      .where('type', 'in', types)
      .where('nokkel', 'in', keys)
      .where('status', 'in', ['venter', 'feilet'])
      .returning('nokkel')
      .execute();
    return rows.map((r) => r.nokkel!);
  },

  /** Finished jobs older than the cut-off are deleted; failed ones stay until retried or handled. */
  async purgeFinished(db: Db, olderThan: Date): Promise<number> {
    const r = await db.deleteFrom('jobb').where('status', '=', 'ferdig').where('ferdig_dato', '<', olderThan).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
