// postinstall: build the web UI once so that `npm start` serves it at once.
// Skipped when the UI sources are absent (production images copy web/dist).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('web/vite.config.ts') || !existsSync('node_modules/vite')) process.exit(0);
const result = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
