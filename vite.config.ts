/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds made for end-to-end tests and benchmarks expose a small test bridge on `window`
// (see src/features/map/test-bridge.ts); production builds do not.
const testBridge = process.env.VITE_TEST_BRIDGE === '1';

export default defineConfig({
  plugins: [react()],
  define: { __TEST_BRIDGE__: JSON.stringify(testBridge) },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
