import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/open-database.js';
import { seedRecordsWorld } from '../records/records-world.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-db.js';
import { orgId, PASSWORD } from '../support/world.js';
import { expectAcknowledgedAndGapless, expectOnlyDatabaseUnavailable, registerUnderLoad } from './registration-load.js';
import { findPostgresBin, startThrowawayCluster, type ThrowawayCluster } from './throwaway-cluster.js';

const WORKERS = 32;
const onPostgres = Boolean(process.env.DATABASE_URL);
const pgBin = findPostgresBin();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The world, an app on `handle`, an archivist's session and four cases to register into. */
async function prepare(handle: DatabaseHandle) {
  await seedRecordsWorld(handle);
  const app = await createTestApp(handle);
  const client = await loginAs(app, 'valer.arkivar', PASSWORD);
  const caseIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await client.request('POST', '/api/saksmapper', { tittel: `Sak ${i}`, primaerKlasse: { verdi: 'L42' } });
    expect(res.statusCode, res.body).toBe(201);
    caseIds.push(res.json().id);
  }
  return { app, client, caseIds, org: await orgId(handle, 'valer') };
}

/** Runs `fault` over and over while 32 clients register, then checks what the issue asks. */
async function loadWithFaults(
  handle: DatabaseHandle,
  world: Awaited<ReturnType<typeof prepare>>,
  fault: () => Promise<void>,
  rounds: number,
) {
  // An unheard 'error' event of a database client is what used to end the server process.
  const crashes: unknown[] = [];
  const crash = (error: unknown) => crashes.push(error);
  process.on('uncaughtException', crash);
  try {
    return await faultsUnderLoad(handle, world, fault, rounds);
  } finally {
    process.off('uncaughtException', crash);
    expect(crashes).toEqual([]);
  }
}

async function faultsUnderLoad(
  handle: DatabaseHandle,
  world: Awaited<ReturnType<typeof prepare>>,
  fault: () => Promise<void>,
  rounds: number,
) {
  let done = false;
  const load = registerUnderLoad(world.client, world.caseIds, WORKERS, () => done);
  for (let i = 0; i < rounds; i++) {
    await sleep(250);
    await fault();
  }
  await sleep(300);
  done = true;
  const { acknowledged, refused } = await load;
  expect(acknowledged.length).toBeGreaterThan(0);
  // The faults did hit requests in flight; each got the clear 503, no 500 and no crash.
  expect(refused.length).toBeGreaterThan(0);
  expectOnlyDatabaseUnavailable(refused);
  // The pool recovered by itself: the next request just works.
  await sleep(200);
  const after = await world.client.request('GET', `/api/saksmapper/${world.caseIds[0]}`);
  expect(after.statusCode, after.body).toBe(200);
  await expectAcknowledgedAndGapless(handle, world.org, acknowledged);
  return { acknowledged, refused };
}

describe.skipIf(!onPostgres)('connections terminated under 32 writers (PostgreSQL only: PGlite has no connections to break)', () => {
  let handle: DatabaseHandle;
  let world: Awaited<ReturnType<typeof prepare>>;
  let admin: pg.Client;
  let database: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    world = await prepare(handle);
    database = (await sql<{ name: string }>`SELECT current_database() AS name`.execute(handle.db)).rows[0]!.name;
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await world?.app.close();
    await handle?.close();
  });

  it('fails only the requests whose connection was ended, with 503; the process and every acknowledged record stay', async () => {
    const terminate = async () => {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
        database,
      ]);
    };
    await loadWithFaults(handle, world, terminate, 16);
  });
});

describe.skipIf(!onPostgres || !pgBin)(
  'PostgreSQL restarted under 32 writers (PostgreSQL only, on a throwaway cluster: needs initdb/pg_ctl in /usr/lib/postgresql)',
  () => {
    let cluster: ThrowawayCluster;
    let handle: DatabaseHandle;
    let world: Awaited<ReturnType<typeof prepare>>;

    beforeAll(async () => {
      cluster = await startThrowawayCluster(pgBin!);
      handle = await openDatabase({ databaseUrl: cluster.url, poolSize: 40 });
      await migrate(handle.db);
      world = await prepare(handle);
    });
    afterAll(async () => {
      await world?.app.close();
      await handle?.close();
      await cluster?.stop();
    });

    it('costs only the requests in flight: 503 while it is down, then the pool reconnects; numbers stay gapless', async () => {
      await loadWithFaults(handle, world, () => cluster.restart(), 3);
    });
  },
);
