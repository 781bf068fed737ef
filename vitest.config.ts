import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/restore-env.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A worker keeps its module cache from file to file: loading the app's
    // modules anew for every file cost more than the tests themselves (a
    // sample of ten files: 143 s isolated, 57 s shared, same results). Each
    // file still gets its own database copy, and its changes to process.env
    // are undone when it ends (tests/support/restore-env.ts).
    isolate: false,
    // PGlite loads its WASM and extension bundles relative to its own files.
    server: { deps: { external: [/@electric-sql\/pglite/] } },
    env: {
      // Cheap password hashing in tests; production uses the default cost.
      PASSWORD_HASH_LOG_N: '10',
      LOG_LEVEL: 'silent',
    },
  },
});
