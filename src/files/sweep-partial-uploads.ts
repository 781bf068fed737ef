import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Where both file stores write an upload before it is complete: `<root>/<organisasjon>/.tmp/<uuid>.part`. */
const TMP_DIR = '.tmp';
const PART = /^[0-9a-f-]{36}\.part$/;

/**
 * Removes upload files that were never completed: a process killed during an
 * upload (kill -9, power loss) leaves its `.part` file behind, as nothing in
 * the process is left to remove it. Only files not written to for
 * `olderThanMs` go, so an upload still arriving (here or on another server
 * sharing the store) keeps its file: every chunk written renews its time.
 * Returns how many were removed.
 */
export async function sweepPartialUploads(roots: readonly string[], olderThanMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const root of roots) {
    for (const org of await entries(root)) {
      const tmp = path.join(root, org, TMP_DIR);
      for (const name of (await entries(tmp)).filter((n) => PART.test(n))) {
        const file = path.join(tmp, name);
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile() || now - info.mtimeMs < olderThanMs) continue;
        await rm(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}

async function entries(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
