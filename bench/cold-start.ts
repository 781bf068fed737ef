import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findSnapshot } from '../src/features/demo/demo-snapshot.js';
import { nowMs } from './stats.js';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface ColdStart {
  /** Seconds to build the demo snapshot, when the bench had to (normally `npm install` did). */
  snapshotBuild: number | null;
  /** `npm start` on an empty DATA_DIR until it answers with the demo archive complete. */
  first: number;
  /** `npm start` again on the same DATA_DIR until it answers. */
  later: number;
}

/** Times the real server (embedded PGlite, as `npm start` runs it) from process start to a ready /api/health. */
export async function measureColdStart(): Promise<ColdStart> {
  let snapshotBuild: number | null = null;
  if (!findSnapshot()) {
    const t = nowMs();
    await exit(spawn(process.execPath, ['--import', 'tsx', 'scripts/build-demo-snapshot.ts'], { cwd: ROOT, stdio: 'ignore' }));
    snapshotBuild = (nowMs() - t) / 1000;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-cold-'));
  try {
    const first = await timeStart(dataDir);
    const later = await timeStart(dataDir);
    return { snapshotBuild, first, later };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function timeStart(dataDir: string): Promise<number> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const started = nowMs();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      const demo = await health(port);
      if (demo && demo !== 'loading') return (nowMs() - started) / 1000;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await exit(child);
  }
}

async function health(port: number): Promise<string | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    return res.ok ? ((await res.json()) as { demo: string }).demo : undefined;
  } catch {
    return undefined;
  }
}

function exit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}
