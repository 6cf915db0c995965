/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds made for end-to-end tests and benchmarks expose a small test bridge on `window`
// (see src/features/map/test-bridge.ts); production builds do not.
const testBridge = process.env.VITE_TEST_BRIDGE === '1';

/**
 * The Content-Security-Policy of the built app (docs/deployment.md has the same headers for a static
 * host). Everything comes from the app's own origin: no inline script, no eval, no other host.
 * - style-src-attr 'unsafe-inline': React, MapLibre and recharts position things with style
 *   attributes (tooltips, markers, chart labels); style elements stay 'self' only.
 * - img-src data: blob: the QR code and MapLibre's images; worker-src blob: MapLibre may start its
 *   worker from a blob when no worker URL is set (we set one; kept for safety, it runs our own code).
 * - frame-ancestors *: the share menu's embed code is for other sites' pages (issue "Share and export").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  plugins: [react()],
  define: { __TEST_BRIDGE__: JSON.stringify(testBridge) },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1', headers: SECURITY_HEADERS },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
