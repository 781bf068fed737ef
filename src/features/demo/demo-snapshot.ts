import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * A ready-made demo installation: the embedded database and the file store
 * right after the demo was loaded into an empty installation, built once (at
 * `npm install`, see scripts/build-demo-snapshot.ts) and copied into an empty
 * DATA_DIR on first start, so a new user meets the whole demo archive at
 * once instead of after a minute of loading.
 *
 * Never stale: the snapshot's name is a hash of every source file under src/
 * (migrations, use cases and the demo plan decide what the demo holds) and
 * of the PGlite version (its data format). Any change gives a new name, an
 * older snapshot is simply not found, and the server loads the demo the slow
 * way until the next build.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');

/** Where snapshots live: `DEMO_SNAPSHOT_DIR`, default node_modules/.cache/saksgang (install-local, ignored by git). */
export function snapshotRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DEMO_SNAPSHOT_DIR || path.join(ROOT, 'node_modules', '.cache', 'saksgang'));
}

/** Names the snapshot after what made it: every source file under `src` and the PGlite version. */
export function snapshotKey(src = SRC): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(src)) {
    hash.update(path.relative(src, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  hash.update(pgliteVersion());
  return hash.digest('hex').slice(0, 16);
}

export function snapshotDir(key = snapshotKey(), env: NodeJS.ProcessEnv = process.env): string {
  return path.join(snapshotRoot(env), `demo-${key}`);
}

/** The current snapshot's folder when it has been built, else undefined. */
export function findSnapshot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = snapshotDir(snapshotKey(), env);
  return fs.existsSync(path.join(dir, 'pglite', 'PG_VERSION')) ? dir : undefined;
}

/** True when DATA_DIR holds no embedded database yet (a first start). */
export function isFreshDataDir(dataDir: string): boolean {
  return !fs.existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'));
}

/**
 * Copies everything the demo load left in its DATA_DIR (database, file
 * stores, the secure zone's development key if it made one) into a fresh
 * installation; `placed` names folders configured elsewhere (FILES_DIR, …).
 */
export function restoreSnapshot(snapshot: string, dataDir: string, placed: Record<string, string> = {}): void {
  for (const entry of fs.readdirSync(snapshot)) {
    fs.cpSync(path.join(snapshot, entry), placed[entry] ?? path.join(dataDir, entry), { recursive: true });
  }
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(full);
      return /\.(ts|sql|json)$/.test(e.name) ? [full] : [];
    });
}

function pgliteVersion(): string {
  const manifest = path.join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version : 'unknown';
}
