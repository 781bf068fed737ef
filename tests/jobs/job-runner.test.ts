import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { jobRepository as repo } from '../../src/jobs/job-repository.js';
import { JobRunner, PermanentJobError, type JobHandler } from '../../src/jobs/job-runner.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { silentLog } from '../support/world.js';

/** The durable job queue (issue 11 item 8): enqueue once, retries, failures kept, leases. */
describe(`the job runner (${engineName()})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle.close();
  });

  const job = (nokkel: string) => handle.db.selectFrom('jobb').selectAll().where('nokkel', '=', nokkel).executeTakeFirstOrThrow();
  const runner = (handlers: Record<string, JobHandler>) => new JobRunner({ db: handle.db, log: silentLog, handlers });
  /** Makes a waiting job due now (the runner waits out its backoff otherwise). */
  const dueNow = (nokkel: string) =>
    handle.db
      .updateTable('jobb')
      .set({ kjor_etter: sql<Date>`now()` })
      .where('nokkel', '=', nokkel)
      .execute();

  it('enqueues the same (type, key) once', async () => {
    expect(await repo.enqueue(handle.db, { organisasjonId: null, type: 'a', nokkel: 'once' })).toBe(true);
    expect(await repo.enqueue(handle.db, { organisasjonId: null, type: 'a', nokkel: 'once' })).toBe(false);
    await runner({ a: async () => undefined }).drain();
    expect(await job('once')).toMatchObject({ status: 'ferdig', forsok: 1 });
  });

  it('tries a failing job again after a pause, then marks it failed with the message', async () => {
    await repo.enqueue(handle.db, { organisasjonId: null, type: 'b', nokkel: 'flaky', maksForsok: 2 });
    const failing = runner({
      b: async () => {
        throw new Error('the mail server did not answer');
      },
    });
    await failing.drain();
    const first = await job('flaky');
    expect(first).toMatchObject({ status: 'venter', forsok: 1, feilmelding: 'the mail server did not answer' });
    expect(first.kjor_etter.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: nothing runs.
    expect(await failing.drain()).toBe(0);
    await dueNow('flaky');
    await failing.drain();
    expect(await job('flaky')).toMatchObject({ status: 'feilet', forsok: 2, feilmelding: 'the mail server did not answer' });
  });

  it('fails at once on a permanent error', async () => {
    await repo.enqueue(handle.db, { organisasjonId: null, type: 'c', nokkel: 'bomb', maksForsok: 3 });
    await runner({
      c: async () => {
        throw new PermanentJobError('text not extracted: too large');
      },
    }).drain();
    expect(await job('bomb')).toMatchObject({ status: 'feilet', forsok: 1 });
  });

  it('takes a job again when the process that held it died (its lease ran out), and not before', async () => {
    await repo.enqueue(handle.db, { organisasjonId: null, type: 'd', nokkel: 'orphan' });
    // A process takes the job and dies before finishing it.
    expect(await repo.claim(handle.db, ['d'], 3600)).toMatchObject({ nokkel: 'orphan' });
    const survivor = runner({ d: async () => undefined });
    expect(await survivor.drain()).toBe(0);
    await handle.db
      .updateTable('jobb')
      .set({ laast_til: sql<Date>`now() - interval '1 second'` })
      .where('nokkel', '=', 'orphan')
      .execute();
    expect(await survivor.drain()).toBe(1);
    expect(await job('orphan')).toMatchObject({ status: 'ferdig', forsok: 2 });
  });

  it('runs a job enqueued while no runner was there, once one starts (the queue is the table)', async () => {
    await repo.enqueue(handle.db, { organisasjonId: null, type: 'e', nokkel: 'later' });
    const ran: string[] = [];
    const started = runner({
      e: async ({ job: j }) => {
        ran.push(j.nokkel!);
      },
    });
    started.start();
    await expect.poll(() => ran, { timeout: 10_000 }).toEqual(['later']);
    await started.stop();
  });
});
