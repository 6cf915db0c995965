import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { expectNoLabelCutByEdges, framingFaults, zoneIds } from './support/framing';

// Issue 16, items 5 and 6: the tour and the explorer frame their zones clear of what the app draws
// over the map (caption card, legend, MapLibre's controls), no label is cut by the map's edge, and the
// map does not jump after its first frame.

const ZONES = zoneIds();

/** The zones a step (or a view) shows: its selected zone, or every zone on an overview. */
const zonesShown = (page: Page) => {
  const zone = new URL(page.url()).searchParams.get('zone');
  return zone ? [zone] : ZONES;
};

/** The step is shown: the link names it, the caption is visible (the map arrived) and the map is idle. */
async function stepShown(page: Page, n: number, atlas: { mapIdle: () => Promise<void> }) {
  await expect.poll(() => new URL(page.url()).searchParams.get('tour')).toBe(String(n));
  await expect(page.getByTestId('tour-caption')).toBeVisible();
  await atlas.mapIdle();
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test.describe(`tour at ${width}×${height} in ${lang}`, () => {
      test.use({ viewport: { width, height } });
      const q = lang === 'zh' ? '&lang=zh' : '';

      test('every step, entered from Present and then by key, shows its zones clear of the card, the legend and the controls', async ({ atlas, page }) => {
        await atlas.open(q.slice(1));
        await page.getByRole('button', { name: lang === 'zh' ? '演示导览' : 'Present a tour' }).click();
        await page.getByRole('button', { name: lang === 'zh' ? /^内置导览/ : /^Built-in tour/ }).click();
        const steps = Number((await page.getByTestId('tour-counter').textContent())!.split('/')[1]);
        expect(steps).toBeGreaterThan(1);
        for (let n = 1; n <= steps; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          await stepShown(page, n, atlas);
          expect(await framingFaults(page, zonesShown(page), { outlines: true }), `step ${n}, by ${n === 1 ? 'Present' : 'key'}`).toEqual([]);
          await expectNoLabelCutByEdges(page, `step ${n}`);
          // A projector's map gets the screen on the steps without a zone: the panel folds away.
          if (!new URL(page.url()).searchParams.get('zone')) {
            const map = await page.evaluate(() => window.__atlas!.mapRect());
            expect(map.right - map.left, `step ${n}: the map's width`).toBe(width);
          }
        }
      });

      test('every step opened cold from its link shows its zones clear of the card, the legend and the controls', async ({ atlas, page }) => {
        test.setTimeout(240_000);
        await atlas.open(`tour=1${q}`);
        const steps = Number((await page.getByTestId('tour-counter').textContent())!.split('/')[1]);
        for (let n = 1; n <= steps; n++) {
          if (n > 1) await atlas.open(`tour=${n}${q}`);
          await stepShown(page, n, atlas);
          expect(await framingFaults(page, zonesShown(page), { outlines: true }), `step ${n}, cold`).toEqual([]);
        }
      });
    });
  }
}

for (const [width, height, lang] of [
  [1280, 720, 'en'],
  [1280, 720, 'zh'],
  [1440, 900, 'en'],
  [1920, 1080, 'zh'],
] as const) {
  test.describe(`explore at ${width}×${height} in ${lang}`, () => {
    test.use({ viewport: { width, height } });

    test('the first screen and every zone’s view keep markers, labels and outlines clear of the legend and the controls', async ({ atlas, page }) => {
      test.setTimeout(240_000);
      const q = lang === 'zh' ? 'lang=zh' : '';
      await atlas.open(q);
      expect(await framingFaults(page, ZONES, { outlines: true }), 'first screen').toEqual([]);
      await expectNoLabelCutByEdges(page, 'first screen');
      for (const id of ZONES) {
        await atlas.open(`zone=${id}${q ? `&${q}` : ''}`);
        expect(await framingFaults(page, [id], { outlines: true }), `${id}'s view`).toEqual([]);
        await expectNoLabelCutByEdges(page, `${id}'s view`);
      }
    });
  });
}

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const) {
  test.describe(`first frame at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('nothing moves after the first frame: no layout shift, and the map keeps its first camera', async ({ atlas, page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: { at: number; value: number }[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) w.__shifts.push({ at: e.startTime, value: e.value });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await atlas.open();
      // Long enough for the late parts (panel, charts, notices) to arrive and any late reframing to happen.
      await page.waitForTimeout(3000);
      await atlas.mapIdle();
      const { shifts, loadAt, first, now } = await page.evaluate(() => ({
        shifts: (window as unknown as { __shifts: { at: number; value: number }[] }).__shifts,
        loadAt: window.__atlas!.timings().loadAt,
        first: window.__atlas!.firstCamera(),
        now: { lon: window.__atlas!.center()[0], lat: window.__atlas!.center()[1], zoom: window.__atlas!.zoom() },
      }));
      const cls = shifts.filter((s) => s.at >= loadAt).reduce((sum, s) => sum + s.value, 0);
      expect(cls, 'cumulative layout shift after the first frame').toBe(0);
      expect(now.zoom).toBeCloseTo(first.zoom, 3);
      expect(now.lon).toBeCloseTo(first.lon, 4);
      expect(now.lat).toBeCloseTo(first.lat, 4);
    });
  });
}
