import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests run against the production build (with the test bridge) served by `vite preview`.
 * Browser: Debian's Chromium at /usr/bin/chromium when present (Playwright cannot download its own
 * browser on our machines). Set PLAYWRIGHT_BROWSER=bundled to use Playwright's own Chromium
 * instead (after `npx playwright install chromium`), or CHROMIUM_PATH to point at another binary.
 */
// The tests serve their own build (with the test bridge) on their own port, 4174, never the 4173 of
// `npm start`: a server found already listening is never reused, Playwright stops instead and says the
// port is taken. E2E_PORT lets a second checkout run its own specs beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystemChromium = process.env.PLAYWRIGHT_BROWSER !== 'bundled' && existsSync(chromiumPath);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  // A cold load of the map on SwiftShader takes 10-20 s on 2 cores; tests that load it several times need room.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    contextOptions: { reducedMotion: 'reduce' },
    // The offline copy (a service worker) would answer requests before a test's routes could see them;
    // only e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    launchOptions: useSystemChromium
      ? {
          executablePath: chromiumPath,
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage'],
        }
      : { args: ['--enable-unsafe-swiftshader'] },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } } }],
  webServer: {
    // Links up to 64 KB reach the app (Node's default is 16 KB): the app mends overlong ones itself.
    // scripts/test-all.sh builds first (so the size budgets fail fast) and sets ATLAS_PREBUILT=1.
    command: `${process.env.ATLAS_PREBUILT === '1' ? '' : 'npm run build:test && '}NODE_OPTIONS=--max-http-header-size=65536 npx vite preview --outDir dist-test --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
