import { test as base, expect } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

/** Console warnings that fail a test like an error: each is the app's own doing. */
export const FAILING_WARNINGS: RegExp[] = [
  // Recharts, when a chart measured its container before the container was laid out (issue 16, item 13).
  /The width\(-?\d+\) and height\(-?\d+\) of chart should be greater than 0/,
];

/**
 * Every test is hermetic: any request to a host other than the app's own origin is aborted and
 * fails the test, and so does any console error or uncaught page error.
 */
export const test = base.extend<{ atlas: AtlasDriver; offsiteRequests: string[]; consoleErrors: string[]; allowedConsoleErrors: RegExp[]; cspViolations: string[] }>({
  /** Every test runs under the preview server's Content-Security-Policy (vite.config.ts) and fails on any violation. */
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('__reportCspViolation', (v: string) => void violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
          void report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  /**
   * Console errors a spec expects. Only e2e/failures.spec.ts sets it: Chromium itself logs every
   * resource answered with an error status ("Failed to load resource: the server responded with a
   * status of 404 (Not Found)"), which the app cannot prevent; the app's own handling logs nothing.
   */
  allowedConsoleErrors: [[], { option: true }],
  offsiteRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4174').origin;
    const offsite: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    await use(offsite);
    expect(offsite, 'requests that left the app’s own origin').toEqual([]);
  },
  consoleErrors: async ({ page, allowedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !allowedConsoleErrors.some((r) => r.test(msg.text()))) errors.push(msg.text());
      // Warnings are not errors (SwiftShader's "GPU stall" notes are the browser's own), but these are the app's.
      if (msg.type() === 'warning' && FAILING_WARNINGS.some((r) => r.test(msg.text()))) errors.push(`warning: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  atlas: async ({ page, offsiteRequests, consoleErrors }, use) => {
    void offsiteRequests;
    void consoleErrors;
    await use(new AtlasDriver(page));
  },
});

export { expect };
