import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm install` builds the UI (postinstall). Build it here when web/dist is
 * missing or older than the UI sources, so the tests never judge a stale UI.
 */
export function ensureWebBuilt(): void {
  const built = path.join(root, 'web/dist/index.html');
  if (fs.existsSync(built) && newestSource(path.join(root, 'web')) <= fs.statSync(built).mtimeMs) return;
  console.log('e2e: building the web UI (web/dist is missing or older than web/src)');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building the web UI (vite build --config web/vite.config.ts) failed');
}

/** Latest modification time of the UI's sources (web/ without dist/). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}
