import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// No React plugin is installed: esbuild's automatic JSX runtime is all we need
// (no fast refresh in dev, a full reload instead).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'react' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // Designsystemet and its icons mark modules "use client" for React
        // Server Components; a client-only bundle can ignore that.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: { manualChunks: vendorChunk },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});

function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  if (/\/node_modules\/(@digdir|@navikt|@floating-ui|@radix-ui|@tanstack\/react-virtual)\//.test(id)) return 'designsystemet';
  return 'vendor';
}
