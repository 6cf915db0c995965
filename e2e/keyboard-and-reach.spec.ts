import { test, expect } from './support/fixtures';
import { ZONE_IDS } from './support/data';

// Issue "Explore, second pass", items 3 (what a marker opens), 4 (keyboard and screen reader),
// 10 (the panel is ready with the map, and without it) and 11 (enterprises and contradictions).

test.describe('keyboard and screen reader', () => {
  test('a skip link takes the keyboard to the panel', async ({ atlas, page }) => {
    await atlas.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the panel' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(atlas.panel()).toBeFocused();
  });

  test('the arrow keys pick any zone from the map itself, even one whose other cluster is hidden', async ({ atlas, page }) => {
    await atlas.open('hide=electronics');
    await atlas.focusMap();
    const seen = new Set<string>();
    for (let i = 0; i < ZONE_IDS.length; i++) {
      await page.keyboard.press('ArrowRight');
      const states = await atlas.zoneStates();
      const focused = Object.entries(states).filter(([, s]) => s.focus).map(([id]) => id);
      expect(focused).toHaveLength(1);
      seen.add(focused[0]!);
    }
    expect([...seen].sort()).toEqual([...ZONE_IDS].sort());

    // Step to the Development Zone: its card shows, and its name is announced.
    for (let i = 0; i < ZONE_IDS.length && !(await atlas.zoneStates())['development-zone']?.focus; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip')).toContainText('Dalian Economic and Technological Development Zone');
    await expect(atlas.map().locator('[aria-live]')).toContainText('Dalian Economic and Technological Development Zone');
    await expect(atlas.map().locator('[aria-live]')).toContainText('Press Enter to open it');
    // The arrow keys did not pan the map.
    expect(atlas.param('at')).toBeNull();

    // Enter opens it: focus moves to the panel's heading, and the opening is announced.
    await page.keyboard.press('Enter');
    const heading = atlas.zonePanel('Dalian Economic and Technological Development Zone').getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    expect(atlas.param('zone')).toBe('development-zone');
    await expect(page.locator('.app-main > [aria-live]')).toHaveText('Opened: Dalian Economic and Technological Development Zone');

    // Escape closes it and gives the focus back to the map.
    await page.keyboard.press('Escape');
    await expect(page.locator('.maplibregl-canvas')).toBeFocused();
  });

  test('closing a panel returns the focus to the zone list button that opened it', async ({ atlas, page }) => {
    await atlas.open('view=zones');
    const button = atlas.panel().getByRole('button', { name: /Huayuankou/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = atlas.zonePanel('Dalian Huayuankou Economic Zone');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await panel.getByRole('button', { name: 'Close zone panel' }).click();
    await expect(atlas.panel().getByRole('button', { name: /Huayuankou/ })).toBeFocused();
  });

  test('the focus ring is a dark ring between white ones, on the panel and on the map', async ({ atlas, page }) => {
    await atlas.open();
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // first control of the header
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { outline: s.outlineColor, width: s.outlineWidth, shadow: s.boxShadow };
    });
    expect(ring.outline).toBe('rgb(17, 17, 17)');
    expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(3);
    expect(ring.shadow).toContain('rgb(255, 255, 255)');
  });
});

test.describe('the panel does not wait for the map', () => {
  test('the overview reads and works while the basemap has not arrived', async ({ page, offsiteRequests, consoleErrors }) => {
    void offsiteRequests;
    void consoleErrors;
    // The basemap never answers: the map cannot draw, the panel must not care.
    await page.route('**/basemap/**', () => new Promise(() => {}));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Dalian in 2012' })).toBeVisible();
    await page.getByRole('tab', { name: 'Zones' }).click();
    await page.getByRole('button', { name: /Huayuankou/ }).click();
    await expect(page.getByRole('region', { name: 'Dalian Huayuankou Economic Zone' })).toBeVisible();
  });

  test('without WebGL the app says the map cannot be drawn, and the panels, charts and search still work', async ({ page, offsiteRequests, consoleErrors }) => {
    void offsiteRequests;
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('The map cannot be drawn in this browser');
    await expect(page.getByRole('heading', { name: 'Dalian in 2012' })).toBeVisible();
    await page.getByRole('combobox', { name: /Search zones, clusters and companies/ }).fill('dagushan');
    await page.getByRole('option').first().click();
    const panel = page.getByRole('region', { name: 'Dagushan Petrochemical Industrial Park' });
    await expect(panel).toBeVisible();
    await expect(panel.locator('.progress-chart svg').first()).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('enterprises and contradictions', () => {
  test("choosing an enterprise in the directory opens its zone with the enterprise's card in view and highlighted", async ({ atlas }) => {
    await atlas.open('view=directory');
    await atlas.panel().getByRole('button', { name: /Intel/ }).first().click();
    const panel = atlas.zonePanel('Dalian Economic and Technological Development Zone');
    await expect(panel).toBeVisible();
    const card = panel.locator('[data-enterprise="intel"]');
    await expect(card).toBeInViewport();
    await expect(card.getByRole('button', { pressed: true })).toBeVisible();
    expect(atlas.param('ent')).toBe('intel');
  });

  test('an enterprise of another zone is dropped from the link, with a notice', async ({ atlas, page }) => {
    await atlas.open('zone=dagushan&ent=intel');
    await expect(page.getByRole('status').filter({ hasText: 'ent=intel' })).toBeVisible();
    expect(atlas.param('ent')).toBeNull();
    expect(atlas.param('zone')).toBe('dagushan');
  });

  test('a selected zone hidden by the legend is shown, says so, and can be brought back', async ({ atlas, page }) => {
    await atlas.open('zone=dagushan&hide=petrochemicals');
    await expect(atlas.zonePanel('Dagushan Petrochemical Industrial Park')).toBeVisible();
    const note = atlas.panel().getByRole('note').filter({ hasText: 'hidden on the map' });
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: 'Show it on the map' }).click();
    expect(atlas.param('hide')).toBeNull();
    await atlas.mapIdle();
    expect(await atlas.renderedZoneIds()).toContain('dagushan');
    void page;
  });

  test.describe('at 1440×900', () => {
    test.use({ viewport: { width: 1440, height: 900 } });
    test("the Development Zone's two cluster tabs sit side by side on one row", async ({ atlas }) => {
      await atlas.open('zone=development-zone');
      const tabs = atlas.zonePanel('Dalian Economic and Technological Development Zone').getByRole('tab');
      const [a, b] = [await tabs.nth(0).boundingBox(), await tabs.nth(1).boundingBox()];
      expect(Math.round(a!.y)).toBe(Math.round(b!.y));
      expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    });
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the legend is in reach: folded in the sheet, it filters and opens clusters', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.panel().getByRole('button', { name: 'Clusters and filters' }).tap();
    const hide = atlas.panel().getByRole('checkbox', { name: 'Show Petrochemicals on the map' });
    await expect(hide).toBeVisible();
    await hide.tap();
    expect(atlas.param('hide')).toBe('petrochemicals');
    await atlas.panel().getByRole('button', { name: 'Open the Automotive cluster' }).tap();
    expect(atlas.param('cluster')).toBe('automotive');
    void page;
  });

  test('a tap shows no hover card over the sheet', async ({ atlas, page }) => {
    await atlas.open();
    const p = await atlas.zoneScreenPoint('huayuankou');
    await page.touchscreen.tap(p!.x, p!.y);
    await expect(atlas.zonePanel('Dalian Huayuankou Economic Zone')).toBeVisible();
    await atlas.mapIdle();
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });
});
