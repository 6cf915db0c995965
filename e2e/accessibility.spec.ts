import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { AtlasDriver } from './support/atlas-driver';
import { ZONES } from './support/data';
import { BUILT_IN_TOUR } from '../src/features/tour/config/built-in-tour';

// The map canvas itself is exempt (its DOM twins are the zone list and the directory).
const scan = (page: Page) => new AxeBuilder({ page }).exclude('.maplibregl-canvas').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

async function expectNoSeriousViolations(page: Page) {
  const results = await scan(page);
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  expect(serious).toEqual([]);
}

const noWebGL = () => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (type.startsWith('webgl')) return null;
    return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof original;
};

type Screen = { name: string; query: string; ready: (a: AtlasDriver) => Promise<void>; noMap?: boolean };
const panelReady = async (a: AtlasDriver) => void (await expect(a.panel().getByRole('combobox').first()).toBeVisible());
const SCREENS: Screen[] = [
  { name: 'overview', query: '', ready: panelReady },
  { name: 'cluster view', query: 'cluster=automotive', ready: async (a) => void (await expect(a.panel().locator('.figure-value').first()).toBeVisible()) },
  { name: 'directory', query: 'view=directory', ready: async (a) => void (await expect(a.panel().getByRole('searchbox').or(a.panel().getByRole('textbox')).first()).toBeVisible()) },
  { name: 'expanded chart', query: 'zone=dagushan&chart=1', ready: async (a) => void (await expect(a.page.getByRole('dialog')).toBeVisible()) },
  { name: 'link notice', query: 'zone=atlantis', ready: async (a) => void (await expect(a.page.getByText(/atlantis/).first()).toBeVisible()) },
  {
    name: 'share menu',
    query: '',
    ready: async (a) => {
      await a.page.getByRole('banner').getByRole('button', { name: /^(Share this view|分享此视图)/ }).click();
      await expect(a.page.getByRole('dialog', { name: /Share this view|分享此视图/ })).toBeVisible();
    },
  },
  { name: 'no-WebGL screen', query: '', noMap: true, ready: async (a) => void (await expect(a.page.getByRole('alert').first()).toBeVisible()) },
];

/**
 * Every zone's panel, the plan's (with figures) and the catalogue's (with their record): one page load
 * per language, each zone reached as Back or Forward reaches it (its cold link is the other specs' job).
 */
const zoneReady = (z: (typeof ZONES)[number]) => (z.clusterIds.length > 0 ? '.figure-value' : '[data-testid="zone-catalogue"]');
for (const lang of ['en', 'zh'] as const) {
  test(`axe finds no serious or critical violation: every zone's panel (${lang})`, async ({ atlas, page }) => {
    test.setTimeout(60_000 + ZONES.length * 15_000);
    const zh = lang === 'zh' ? '&lang=zh' : '';
    await atlas.open(`zone=${ZONES[0]!.id}${zh}`);
    for (const zone of ZONES) {
      await test.step(zone.id, async () => {
        await atlas.visit(`zone=${zone.id}${zh}`);
        await expect(page.locator(`section[data-zone="${zone.id}"]`).locator(zoneReady(zone)).first()).toBeVisible();
        await expectNoSeriousViolations(page);
      });
    }
  });
}

for (const lang of ['en', 'zh'] as const) {
  test.describe(`axe finds no serious or critical violation (${lang})`, () => {
    for (const screen of SCREENS) {
      test(screen.name, async ({ atlas, page }) => {
        const query = [screen.query, lang === 'zh' ? 'lang=zh' : ''].filter(Boolean).join('&');
        if (screen.noMap) {
          await page.addInitScript(noWebGL);
          await page.goto(`/?${query}`);
        } else await atlas.open(query);
        await screen.ready(atlas);
        await expectNoSeriousViolations(page);
      });
    }
  });
}

/**
 * The presentation, in one page load per language: a step with its chart shown large (step 6), a
 * plain caption step (step 1, reached with Home as a presenter would), and the speaker view opened
 * beside it in the same browser (the second window the S key opens).
 */
const CHART_STEP = BUILT_IN_TOUR.steps.findIndex((s) => s.chart === true) + 1;
for (const lang of ['en', 'zh'] as const) {
  test(`axe finds no serious or critical violation: a tour step with a chart, a caption step and the speaker view (${lang})`, async ({ atlas, page, context }) => {
    const zh = lang === 'zh' ? '&lang=zh' : '';
    const caption = page.getByTestId('tour-caption');
    await atlas.open(`tour=${CHART_STEP}${zh}`);
    await expect(caption).toBeVisible();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.keyboard.press('Home');
    await expect(page.getByTestId('tour-counter')).toHaveText(`1 / ${BUILT_IN_TOUR.steps.length}`);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(caption).toBeVisible();
    await expectNoSeriousViolations(page);

    const speaker = await context.newPage();
    await speaker.goto(`/?speaker=1&tour=1${zh}`);
    await expect(speaker.getByTestId('speaker-notes')).toBeVisible();
    await expectNoSeriousViolations(speaker);
  });
}

test.describe('a data file missing: the notices are accessible too', () => {
  test.use({ allowedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/] });
  test('clusters.json and a basemap file missing, in Chinese', async ({ atlas, page }) => {
    await page.route('**/data/clusters.json', (r) => r.fulfill({ status: 404, body: 'Not found' }));
    await page.route('**/basemap/labels.geojson', (r) => r.fulfill({ status: 404, body: 'Not found' }));
    await atlas.open('zone=dagushan&lang=zh');
    await expect(page.locator('[data-missing-basemap]')).toBeVisible();
    await expect(page.locator('.data-notice[data-failed-files~="clusters"]').first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test.describe('text zoomed and reflowed', () => {
  /** Every button, link, tab and field of the panel can be reached (scrolled to) and nothing is wider than the window. */
  async function expectPanelUsable(atlas: AtlasDriver) {
    const page = atlas.page;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow of the page').toBeLessThanOrEqual(0);
    const wide = await page.evaluate(() => {
      const sheet = document.getElementById('atlas-panel');
      if (!sheet) return ['no panel'];
      const right = sheet.getBoundingClientRect().right + 1;
      return Array.from(sheet.querySelectorAll<HTMLElement>('button, a, input, select, [role=tab]'))
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > right)
        .map((el) => el.outerHTML.slice(0, 80));
    });
    expect(wide, 'controls that stick out of the panel').toEqual([]);
    const controls = atlas.panel().locator('button:visible, a:visible, input:visible, [role=tab]:visible');
    const count = await controls.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const c = controls.nth(i);
      await c.scrollIntoViewIfNeeded();
      await expect(c).toBeInViewport();
    }
  }

  test('reflow at 320 × 640 CSS px: the zone panel', async ({ atlas, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await atlas.open('zone=development-zone');
    await expect(atlas.zonePanel(/Development Zone/)).toBeVisible();
    await expectPanelUsable(atlas);
  });

  test('text at 200 %: the zone panel', async ({ atlas, page }) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '200%'));
    });
    await atlas.open('zone=dagushan');
    await expect(atlas.zonePanel(/Dagushan/)).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await expectPanelUsable(atlas);
  });
});
