// Vite config of the benchmark's reference page (MapLibre alone): `npx vite build --config
// scripts/bench/reference/vite.config.mjs` writes bench-results/dist/reference (git-ignored), served at /reference/ next to
// the app so that it fetches the same /basemap/* files. No public dir: the basemap is the app's.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/reference/',
  publicDir: false,
  logLevel: 'warn',
  define: { __TEST_BRIDGE__: 'false' },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../../bench-results/dist/reference', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
