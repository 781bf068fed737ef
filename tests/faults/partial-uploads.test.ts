import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { LocalFileStore } from '../../src/files/local-file-store.js';
import { sweepPartialUploads } from '../../src/files/sweep-partial-uploads.js';
import { startBackgroundWork } from '../../src/jobs/background.js';
import { listFiles, tempDataDir } from '../documents/fixtures.js';
import { createTestDatabase } from '../support/test-db.js';
import { silentLog } from '../support/world.js';

const HOUR = 3_600_000;
// The loader, not tsx's CLI: the CLI runs the script in a grandchild that a kill of the child would miss.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;

/** Makes a file look untouched for `ms` (as if the process that wrote it died that long ago). */
function age(file: string, ms: number) {
  const then = new Date(Date.now() - ms);
  fs.utimesSync(file, then, then);
}

/** Starts an endless upload in a child process and kills it (SIGKILL) once it is writing; returns the leftover files. */
async function killedDuringUpload(root: string, org: string): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', tsxLoader, path.join(import.meta.dirname, 'fixtures/upload-forever.ts'), root, org], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve());
    child.once('exit', (code) => reject(new Error(`upload child exited early (${code})`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  return listFiles(root);
}

async function until(check: () => boolean, ms = 5000) {
  for (const started = Date.now(); !check();) {
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('unfinished uploads left by a killed process', () => {
  it('sweeps only .part files untouched for longer than the threshold', async () => {
    const root = tempDataDir();
    const org = randomUUID();
    const store = new LocalFileStore({ root });
    const kept = await store.put(org, Readable.from([Buffer.from('ferdig dokument')]));
    const tmp = store.tmpDir(org);
    fs.mkdirSync(tmp, { recursive: true });
    const stale = path.join(tmp, `${randomUUID()}.part`);
    const fresh = path.join(tmp, `${randomUUID()}.part`);
    const other = path.join(tmp, 'notes.txt');
    for (const f of [stale, fresh, other]) fs.writeFileSync(f, 'x');
    age(stale, 2 * HOUR);
    age(other, 2 * HOUR);

    expect(await sweepPartialUploads([root, path.join(root, 'missing')], HOUR)).toBe(1);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true); // may still be arriving
    expect(fs.existsSync(other)).toBe(true);
    expect(await store.has(org, kept.sha256)).toBe(true);
  });

  describe('the server sweeps them at start and on its schedule', () => {
    let handle: DatabaseHandle;
    let stop = () => {};
    beforeAll(async () => {
      handle = await createTestDatabase();
    });
    afterAll(async () => {
      stop();
      await handle.close();
    });

    it('removes the leftover of an upload killed with SIGKILL, in both file stores', async () => {
      const dataDir = tempDataDir();
      const org = randomUUID();
      const plainRoot = path.join(dataDir, 'files');
      const left = await killedDuringUpload(plainRoot, org);
      expect(left).toHaveLength(1);
      expect(left[0]).toMatch(/\.tmp\/[0-9a-f-]{36}\.part$/);
      const leftover = path.join(plainRoot, left[0]!);
      age(leftover, 2 * HOUR);

      const work = startBackgroundWork({ db: handle.db, log: silentLog, config: { dataDir } }, { scheduleEveryMs: 200, pollMs: 50 });
      stop = () => void work.stop();
      await until(() => !fs.existsSync(leftover)); // at start

      // Later, another killed upload, in the secure zone's store this time.
      const secureTmp = path.join(dataDir, 'secure-files', org, '.tmp');
      fs.mkdirSync(secureTmp, { recursive: true });
      const secureLeftover = path.join(secureTmp, `${randomUUID()}.part`);
      fs.writeFileSync(secureLeftover, 'encrypted half');
      age(secureLeftover, 2 * HOUR);
      await until(() => !fs.existsSync(secureLeftover)); // on the schedule
    });
  });
});
