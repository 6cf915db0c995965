import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { test, expect } from './support/fixtures';
import { ZONES } from './support/data';
import { BUILT_IN_TOUR } from '../src/features/tour/config/built-in-tour';

/**
 * The offline copy: after one visit the service worker has the whole atlas, and a presentation in a
 * room with no network still works. Only this spec lets service workers run (playwright.config.ts).
 */
test.use({ serviceWorkers: 'allow' });

const STEPS = BUILT_IN_TOUR.steps.length;
const DAGUSHAN = 'Dagushan Petrochemical Industrial Park';

/** Waits until the service worker has precached the build and controls the page. */
async function offlineCopyReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

const basemapMissing = (page: Page) => page.locator('[data-missing-basemap]');

test.describe('offline after one visit', () => {
  test('with the network cut, a reload brings back the map, the panels, the charts, the directory, sharing, the tour and the speaker view', async ({ page, atlas, context }) => {
    test.setTimeout(120_000);
    await atlas.open();
    await offlineCopyReady(page);
    // Installable: Chromium's own check of the manifest, its icons and the service worker.
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors, 'manifest errors').toEqual([]);
    // A test's browser context is off the record ("in-incognito"), which a visitor's browser is not.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), 'why the atlas could not be installed').toEqual([]);
    const icons = (JSON.parse(manifest.data ?? '{}') as { icons?: { src: string; sizes: string }[] }).icons ?? [];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of icons) {
      const type = await page.evaluate(async (src) => (await fetch(src)).headers.get('content-type'), icon.src);
      expect(type, icon.src).toBe('image/png');
    }
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // The overview and the whole map: every basemap file and the zones come from the offline copy.
    await page.reload();
    await atlas.mapIdle();
    await expect(atlas.panel().getByRole('combobox').first()).toBeVisible();
    await expect(basemapMissing(page)).toHaveCount(0);
    expect(await atlas.renderedZoneIds()).toEqual(ZONES.map((z) => z.id).sort());

    // A zone panel and its chart (a lazy chunk never loaded before the network went).
    await atlas.selectZoneFromList(DAGUSHAN);
    await expect(atlas.zonePanel(DAGUSHAN)).toBeVisible();
    await expect(atlas.panel().locator('.recharts-surface').first()).toBeVisible();

    // The share menu and its QR code (another lazy chunk).
    await page.getByRole('banner').getByRole('button', { name: /^Share this view/ }).click();
    const share = page.getByRole('dialog', { name: /Share this view/ });
    await expect(share.getByRole('img', { name: /^QR code of the link/ })).toBeVisible();
    await page.keyboard.press('Escape');

    // The directory, filtered.
    await page.goto('/?view=directory&lang=zh');
    await atlas.mapIdle();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('大连产业集群地图');
    const filter = atlas.panel().getByRole('searchbox').or(atlas.panel().getByRole('textbox')).first();
    await filter.fill('Intel');
    await expect(atlas.panel().getByText(/Intel/).first()).toBeVisible();

    // The tour, a step with its chart, and the speaker view in a second window.
    await page.goto('/?tour=1');
    await atlas.mapIdle();
    await expect(page.getByTestId('tour-counter')).toHaveText(`1 / ${STEPS}`);
    const chartStep = BUILT_IN_TOUR.steps.findIndex((s) => s.chart === true) + 1;
    for (let n = 2; n <= chartStep; n++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-counter')).toHaveText(`${chartStep} / ${STEPS}`);
    await expect(page.getByRole('dialog').locator('.recharts-surface').first()).toBeVisible();
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.getByTestId('speaker-counter')).toHaveText(`${chartStep} / ${STEPS}`);
    await speaker.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-counter')).toHaveText(`${chartStep + 1} / ${STEPS}`);
    await expect(basemapMissing(page)).toHaveCount(0);
  });
});

/**
 * New versions. These tests serve the test build themselves, on their own port, so they can
 * "deploy": after `deploy()` the server answers sw.js with different bytes, which the browser sees as
 * a new version of the app. Serial: one server, one deployed version at a time.
 */
test.describe('a new version', () => {
  test.describe.configure({ mode: 'serial' });
  const port = Number(process.env.E2E_PORT ?? 4174) + 9;
  const origin = `http://127.0.0.1:${port}`;
  let version = 0;
  const deploy = () => void version++;
  let server: PreviewServer;
  test.use({ baseURL: origin });
  test.beforeAll(async () => {
    server = await preview({
      configFile: false,
      logLevel: 'silent',
      build: { outDir: 'dist-test' },
      preview: { port, strictPort: true, host: '127.0.0.1' },
      plugins: [
        {
          name: 'deploy-a-new-service-worker',
          configurePreviewServer(s) {
            s.middlewares.use((req, res, next) => {
              if (version === 0 || !req.url?.startsWith('/sw.js')) return next();
              res.setHeader('Content-Type', 'text/javascript');
              res.setHeader('Cache-Control', 'no-cache');
              res.end(`${readFileSync('dist-test/sw.js', 'utf8')}\n// version ${version}\n`);
            });
          },
        },
      ],
    });
  });
  test.afterAll(async () => {
    await server?.close();
  });

  const pending = (page: Page) => page.evaluate(() => window.localStorage.getItem('dalian-atlas.update-pending'));
  const readyLine = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of the atlas has downloaded' });
  const updatedLine = (page: Page) => page.getByRole('status').filter({ hasText: 'The atlas was updated to its newest version.' });
  /** The page's registration has run (its chunk loaded, the worker ready). */
  const registered = (page: Page) =>
    page.waitForFunction(async () => {
      if (!performance.getEntriesByType('resource').some((r) => r.name.includes('register-service-worker'))) return false;
      await navigator.serviceWorker.ready;
      return true;
    });

  test('found mid-presentation: no reload, the step kept, nothing said; "Reload now" waits for the other windows; then "updated" once', async ({ page, atlas, context }) => {
    test.setTimeout(120_000);
    await atlas.open('tour=2');
    await offlineCopyReady(page);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    deploy();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration!.update();
    });
    // The page has heard of the new version (it keeps that for the next visit)...
    await expect.poll(() => pending(page)).toBe('1');
    // ...and mid-presentation nothing changes: the same document, the step, no word over the projector.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-counter')).toHaveText(`3 / ${STEPS}`);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(page.locator('.update-notice')).toHaveCount(0);

    // Out of the tour, a quiet status line says the new version opens next time; focus stays put.
    await page.keyboard.press('Escape');
    await expect(readyLine(page)).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.closest('.update-notice') ?? null)).toBeNull();
    await page.screenshot({ path: 'screenshots/update-ready-1366.png' });

    // "Reload now" with another atlas window open (it could be presenting): refused, and said why.
    const other = await context.newPage();
    await other.goto('/?speaker=1');
    await readyLine(page).getByRole('button', { name: 'Reload now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Close the other atlas windows first' })).toBeVisible();
    await page.screenshot({ path: 'screenshots/update-blocked-1366.png' });
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // Alone, it switches this window to the new version, which says so once.
    await other.close();
    await page.reload(); // the notice again (the worker still waits: this window never closed)
    await readyLine(page).getByRole('button', { name: 'Reload now' }).click();
    await expect(updatedLine(page)).toBeVisible();
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
    expect(await pending(page)).toBeNull();
    await page.reload();
    await registered(page);
    await expect(page.locator('.update-notice')).toHaveCount(0);
  });

  test('deployed between visits: found as the atlas opens, ready quietly, running on the next visit', async ({ page, atlas, context }) => {
    test.setTimeout(90_000);
    await atlas.open('zone=dagushan');
    await offlineCopyReady(page);
    await page.close();

    deploy();
    // The browser checks for a new worker as the page opens, before the atlas registers its own.
    const second = await context.newPage();
    await second.goto('/?zone=dagushan');
    await expect(readyLine(second)).toBeVisible();
    await second.close();

    const third = await context.newPage();
    await third.goto('/?zone=dagushan');
    await expect(updatedLine(third)).toBeVisible();
    await third.screenshot({ path: 'screenshots/update-done-1366.png' });
    expect(await pending(third)).toBeNull();
  });
});
