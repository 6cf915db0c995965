import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { BUILT_IN_TOUR } from '../src/features/tour/config/built-in-tour';

/** The built-in tour as the spec expects it on screen: URL, caption, panel and selected zone. */
const STEPS = BUILT_IN_TOUR.steps.map((s, i) => ({ n: i + 1, zone: s.zone ?? null, cluster: s.cluster ?? null, chart: s.chart === true, caption: s.caption.en!, captionZh: s.caption.zh! }));
const ZONE_NAMES: Record<string, string> = {
  dagushan: 'Dagushan Petrochemical Industrial Park',
  'high-tech-zone': 'Dalian Hi-tech Industrial Zone',
  huayuankou: 'Dalian Huayuankou Economic Zone',
  'development-zone': 'Dalian Economic and Technological Development Zone',
  'bonded-area': 'Dalian Bonded Zone (Dalian Free Trade Zone)',
};

const caption = (page: Page) => page.getByTestId('tour-caption');
const counter = (page: Page) => page.getByTestId('tour-counter');

async function expectStep(page: Page, s: (typeof STEPS)[number], lang: 'en' | 'zh' = 'en') {
  await expect(page).toHaveURL(new RegExp(`[?&]tour=${s.n}(&|$)`));
  await expect(counter(page)).toHaveText(`${s.n} / ${STEPS.length}`);
  await expect(caption(page)).toBeVisible(); // shown once the map has arrived
  await expect(caption(page)).toHaveText(lang === 'en' ? s.caption : s.captionZh);
  const url = new URL(page.url()).searchParams;
  expect(url.get('zone')).toBe(s.zone);
  if (s.zone) {
    expect(url.get('cluster')).toBe(s.cluster);
    await expect(page.locator(`.zones-panel[data-zone="${s.zone}"]`)).toBeVisible();
  } else {
    await expect(page.locator('.zones-panel')).toHaveCount(0);
  }
  if (s.chart) await expect(page.getByRole('dialog')).toBeVisible();
  else await expect(page.getByRole('dialog')).toHaveCount(0);
}

test.describe('presentation: the built-in tour', () => {
  test('a keyboard-only run through every step: URL, caption, panel and selected zone; Back steps back', async ({ page, atlas }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Present a tour' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /^Built-in tour/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectStep(page, STEPS[0]!);
    const nextKeys = ['ArrowRight', 'PageDown', 'ArrowDown', 'n', 'Space', 'ArrowRight'];
    for (const [i, s] of STEPS.slice(1).entries()) {
      await page.keyboard.press(nextKeys[i % nextKeys.length]!);
      await expectStep(page, s);
      const states = await atlas.zoneStates();
      if (s.zone) expect(states[s.zone]?.selected, `${s.zone} is drawn selected`).toBe(true);
      if (s.n === 3) await page.screenshot({ path: 'screenshots/tour-step3-1366.png' });
    }
    // Beyond the last step nothing happens; Back and Forward move through the steps.
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${STEPS.length} / ${STEPS.length}`);
    await page.goBack();
    await expectStep(page, STEPS.at(-2)!);
    await page.goForward();
    await expectStep(page, STEPS.at(-1)!);
  });

  test('each step’s URL opened cold shows that step, with the same camera as stepping to it', async ({ page, atlas, browser }) => {
    await atlas.open('tour=1');
    const cameras: { center: [number, number]; zoom: number }[] = [];
    for (const s of STEPS) {
      if (s.n > 1) await page.keyboard.press('PageDown');
      await expectStep(page, s);
      await atlas.mapIdle();
      cameras.push({ center: await page.evaluate(() => window.__atlas!.center()), zoom: await page.evaluate(() => window.__atlas!.zoom()) });
    }
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const cold = await context.newPage();
    for (const s of STEPS) {
      await cold.goto(`/?tour=${s.n}`);
      await cold.waitForFunction(() => typeof window.__atlas?.waitForIdle === 'function');
      await expectStep(cold, s);
      await cold.evaluate(() => window.__atlas!.waitForIdle());
      const c = await cold.evaluate(() => window.__atlas!.center());
      const z = await cold.evaluate(() => window.__atlas!.zoom());
      const want = cameras[s.n - 1]!;
      expect(Math.abs(c[0] - want.center[0]), `step ${s.n} longitude`).toBeLessThan(0.02);
      expect(Math.abs(c[1] - want.center[1]), `step ${s.n} latitude`).toBeLessThan(0.02);
      expect(Math.abs(z - want.zoom), `step ${s.n} zoom`).toBeLessThan(0.1);
    }
    await context.close();
  });
});
