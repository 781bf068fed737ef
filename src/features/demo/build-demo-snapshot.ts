import fs from 'node:fs';
import path from 'node:path';
import { migrate } from '../../db/migrate.js';
import { openDatabase } from '../../db/open-database.js';
import type { Log } from '../../shared/context.js';
import { snapshotDir, snapshotKey, snapshotRoot } from './demo-snapshot.js';
import { loadDemo } from './load-demo.js';

/**
 * Builds the demo snapshot for the current sources (see demo-snapshot.ts):
 * the demo loaded through the real use cases into a fresh embedded database
 * in a temporary folder, which is then renamed into place (so a half-built
 * snapshot is never found). Older snapshots are removed. Returns the folder.
 */
export async function buildDemoSnapshot(log: Log): Promise<{ dir: string; built: boolean }> {
  const key = snapshotKey();
  const target = snapshotDir(key);
  if (fs.existsSync(target)) return { dir: target, built: false };
  const root = snapshotRoot();
  const tmp = path.join(root, `tmp-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  // The demo archive's files go to the configured file store: point it into the snapshot.
  process.env.DATA_DIR = tmp;
  delete process.env.FILES_DIR;
  delete process.env.SECURE_FILES_DIR;
  try {
    const handle = await openDatabase({ dataDir: tmp });
    try {
      await migrate(handle.db);
      await loadDemo({ db: handle.db, now: () => new Date(), log });
    } finally {
      await handle.close();
    }
    fs.rmSync(path.join(tmp, 'saksgang.lock'), { force: true });
    if (fs.existsSync(target)) return { dir: target, built: false };
    fs.renameSync(tmp, target);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const old of fs.readdirSync(root)) {
    if (old.startsWith('demo-') && path.join(root, old) !== target) fs.rmSync(path.join(root, old), { recursive: true, force: true });
  }
  return { dir: target, built: true };
}
