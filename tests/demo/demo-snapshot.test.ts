import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/open-database.js';
import { findSnapshot, snapshotDir, snapshotKey } from '../../src/features/demo/demo-snapshot.js';
import { createOrganisation } from '../../src/features/organisations/create-organisation.js';
import { startServer } from '../../src/server.js';
import { silentLog } from '../support/world.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-snapshot-test-'));

describe('demo snapshot key', () => {
  it('changes when a source file is added or edited, so a snapshot of older sources is never used', () => {
    const src = tmp();
    try {
      fs.mkdirSync(path.join(src, 'db', 'migrations'), { recursive: true });
      fs.writeFileSync(path.join(src, 'db', 'migrations', '0001_a.sql'), 'CREATE TABLE a (id int);');
      const first = snapshotKey(src);
      expect(snapshotKey(src)).toBe(first);
      fs.writeFileSync(path.join(src, 'db', 'migrations', '0002_b.sql'), 'CREATE TABLE b (id int);');
      const second = snapshotKey(src);
      expect(second).not.toBe(first);
      fs.writeFileSync(path.join(src, 'db', 'migrations', '0002_b.sql'), 'CREATE TABLE b (id bigint);');
      expect(snapshotKey(src)).not.toBe(second);
    } finally {
      fs.rmSync(src, { recursive: true, force: true });
    }
  });
});

describe.skipIf(process.env.DATABASE_URL)('first start from the demo snapshot (pglite)', () => {
  const root = tmp();
  const env = { DEMO_SNAPSHOT_DIR: root };

  beforeAll(async () => {
    process.env.DEMO_SNAPSHOT_DIR = root;
    // A stand-in snapshot: the migrated test database, with one organisation to recognise it by.
    const dir = snapshotDir(snapshotKey(), env);
    const handle = await openDatabase({ dataDir: dir, loadDataDir: new Blob([fs.readFileSync(inject('pgliteSnapshot'))]) });
    await createOrganisation(
      { db: handle.db, now: () => new Date(), log: silentLog },
      { navn: 'Snapshot kommune', kortnavn: 'snapshot', organisasjonsnummer: '964947260' },
    );
    await handle.close();
    fs.rmSync(path.join(dir, 'saksgang.lock'), { force: true });
  }, 600_000);
  afterAll(() => {
    delete process.env.DEMO_SNAPSHOT_DIR;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('finds only the snapshot named for the current sources', () => {
    expect(findSnapshot(env)).toBe(snapshotDir(snapshotKey(), env));
    expect(findSnapshot({ DEMO_SNAPSHOT_DIR: tmp() })).toBeUndefined();
  });

  it('copies the snapshot into an empty DATA_DIR and answers with the demo ready, loading nothing', async () => {
    const dataDir = tmp();
    const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', dataDir, loadDemoData: true };
    const server = await startServer(config, silentLog);
    try {
      expect(server.demo).toBe('snapshot');
      const orgs = await server.handle.db.selectFrom('organisasjon').select('kortnavn').execute();
      expect(orgs.map((o) => o.kortnavn)).toEqual(['snapshot']);
      const health = await server.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.json()).toMatchObject({ status: 'ok', demo: 'ready' });
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});
