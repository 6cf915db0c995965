/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * The offline app (vite-plugin-pwa over Workbox): after one visit the service worker has every file
 * of the build (app, data, basemap, fonts, icons) and serves the atlas with no network.
 * - registerType 'prompt' and skipWaiting off: a new version installs beside the running one and takes
 *   over only when every atlas tab has closed (the next visit), so nothing reloads mid-presentation;
 *   src/features/offline registers it and says "updated" quietly.
 * - Every navigation (any link's query) is answered by index.html; the app reads the link itself.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // The glob below already precaches the icons (and every other file of the build): list each once.
  includeManifestIcons: false,
  manifest: {
    name: 'Dalian Cluster Atlas · 大连产业集群地图',
    short_name: 'Cluster Atlas',
    description: "Dalian's industrial clusters, zones and anchor enterprises on one map, from cited sources.",
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f4e79',
    icons: [
      { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // .woff is the fonts' legacy twin: every browser that runs a service worker takes .woff2.
    globPatterns: ['**/*.{html,js,css,json,geojson,woff2,svg,png,ico,md}'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // How many atlas windows are open (public/sw-windows.js), asked before "Reload now" switches versions.
    importScripts: ['sw-windows.js'],
  },
});

export default defineConfig({
  plugins: [react(), pwa],
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
