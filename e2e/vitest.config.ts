import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: the real server in-process on embedded PGlite, driven by
// Debian's Chromium. One file at a time: each starts a server of its own.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // Builds the UI if needed and loads the demo data once for all files.
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    // The worker keeps its module cache and its Chromium from file to file
    // (as in vitest.config.ts; importing the server anew and launching a
    // browser cost seconds per file); each file still has its own server,
    // database copy and browser context, and its changes to process.env are
    // undone when it ends.
    isolate: false,
    setupFiles: ['tests/support/restore-env.ts'],
    // PGlite loads its WASM and extension bundles relative to its own files.
    server: { deps: { external: [/@electric-sql\/pglite/] } },
    env: {
      // Cheap password hashing in tests; production uses the default cost.
      PASSWORD_HASH_LOG_N: '10',
      LOG_LEVEL: 'silent',
    },
  },
});
