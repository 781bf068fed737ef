import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // PGlite loads its WASM and extension bundles relative to its own files.
    server: { deps: { external: [/@electric-sql\/pglite/] } },
    env: {
      // Cheap password hashing in tests; production uses the default cost.
      PASSWORD_HASH_LOG_N: '10',
      LOG_LEVEL: 'silent',
    },
  },
});
