import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { ZONES } from './support/data';
import { BUILT_IN_TOUR } from '../src/features/tour/config/built-in-tour';

// Issue "Trust", item 10: the whole app walked with the keyboard alone, in one test. Only
// page.keyboard is used (no click, no locator.focus()). After every key the focus is somewhere
// (never the page's body), visibly and on screen. Visibly: the app's ring (styles.css :focus-visible)
// is a dark outline of at least 2px between white box-shadows; a box-shadow alone (MapLibre's faint
// blue glow on its zoom buttons, before styles.css replaced it) does not count.

type Focus = { tag: string; role: string | null; name: string; body: boolean; ring: boolean; onScreen: boolean };

/** What has the focus, whether it shows a focus indicator, and whether it is on screen. */
const focused = (page: Page) =>
  page.evaluate((): Focus => {
    const a = document.activeElement as HTMLElement | null;
    const body = !a || a === document.body || a === document.documentElement;
    if (!a || body) return { tag: a?.tagName ?? 'null', role: null, name: '', body: true, ring: false, onScreen: false };
    const s = getComputedStyle(a);
    const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
    const r = a.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
    const name = (a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 80);
    return { tag: a.tagName, role: a.getAttribute('role'), name, body, ring, onScreen };
  });

test('the whole atlas walked with the keyboard alone: focus always visible, never lost', async ({ atlas, page }) => {
  test.setTimeout(90_000);
  let keys = 0;
  const log: string[] = [];
  /** The focus is somewhere, visibly, on screen (polled: focus may move a frame after the key). */
  const expectFocusSound = async (after: string) => {
    await expect.poll(async () => (await focused(page)).body, { message: `focus lost to the body after ${after}` }).toBe(false);
    const f = await focused(page);
    log.push(`${after} -> ${f.tag}${f.role ? `[${f.role}]` : ''} “${f.name.slice(0, 40)}”`);
    expect(f.ring, `visible focus indicator on ${f.tag} “${f.name}” after ${after}`).toBe(true);
    expect(f.onScreen, `${f.tag} “${f.name}” on screen after ${after}`).toBe(true);
    return f;
  };
  const press = async (key: string) => {
    await page.keyboard.press(key);
    keys++;
    return expectFocusSound(key);
  };
  /** Presses the key until the focus matches (at most `max` times). */
  const pressUntil = async (key: string, match: (f: Focus) => boolean, what: string, max = 40) => {
    for (let i = 0; i < max; i++) if (match(await press(key))) return;
    throw new Error(`${what} not reached with ${max} × ${key}:\n${log.slice(-max).join('\n')}`);
  };
  const type = async (text: string) => {
    await page.keyboard.type(text);
    keys += text.length;
    return expectFocusSound(`typing “${text}”`);
  };

  await atlas.open();
  const panel = page.locator('#atlas-panel');
  const canvas = page.locator('.maplibregl-canvas');

  // 1. The skip link is the first stop, and it takes the focus to the panel.
  await press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the panel' })).toBeFocused();
  await press('Enter');
  await expect(panel).toBeFocused();

  // 2. Back to the map; the arrow keys step through the zones, Enter opens one, Escape comes back.
  await pressUntil('Shift+Tab', (f) => f.tag === 'CANVAS', 'the map');
  const focusedZone = async () => Object.entries(await atlas.zoneStates()).find(([, s]) => s.focus)?.[0];
  for (let i = 0; i < ZONES.length && (await focusedZone()) !== 'huayuankou'; i++) await press('ArrowRight');
  expect(await focusedZone()).toBe('huayuankou');
  await expect(page.getByRole('tooltip')).toContainText('Huayuankou');
  await press('Enter');
  await expect(atlas.zonePanel('Dalian Huayuankou Economic Zone').getByRole('heading', { level: 2 })).toBeFocused();
  expect(atlas.param('zone')).toBe('huayuankou');
  await press('Escape');
  await expect(canvas).toBeFocused();
  await expect.poll(() => atlas.param('zone')).toBeNull();

  // 3. The zone list: back up to the skip link, into the panel, → to the Zones tab, a zone opened from the list.
  await pressUntil('Shift+Tab', (f) => f.name === 'Skip to the panel', 'the skip link');
  await press('Enter');
  await pressUntil('Tab', (f) => f.role === 'tab', 'the overview tabs', 10);
  await press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Zones' })).toBeFocused();
  await expect.poll(() => atlas.param('view')).toBe('zones');
  await pressUntil('Tab', (f) => /Development Zone/.test(f.name), 'the Development Zone in the list', 10);
  await press('Enter');
  const zonePanel = atlas.zonePanel('Dalian Economic and Technological Development Zone');
  await expect(zonePanel.getByRole('heading', { level: 2 })).toBeFocused();
  expect(atlas.param('zone')).toBe('development-zone');

  // 4. The cluster tabs: → moves to the next tab and shows it.
  await pressUntil('Tab', (f) => f.role === 'tab', 'the cluster tabs', 20);
  const firstTab = (await focused(page)).name;
  await press('ArrowRight');
  const secondTab = (await focused(page)).name;
  expect(secondTab).not.toBe(firstTab);
  await expect(zonePanel.getByRole('tab', { name: secondTab })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => atlas.param('cluster')).toBe('electronics');

  // 5. The chart: its text summary, Expand (a dialog that keeps the focus), Escape back to Expand.
  await pressUntil('Tab', (f) => /Expand chart/.test(f.name), 'the chart’s Expand button', 30);
  const chart = zonePanel.locator('.progress-chart');
  const summaryId = await chart.locator('[aria-describedby]').first().getAttribute('aria-describedby');
  await expect(page.locator(`[id="${summaryId}"]`)).toBeVisible();
  await expect(page.locator(`[id="${summaryId}"]`)).toContainText('2015');
  await press('Enter');
  const dialog = page.getByRole('dialog', { name: /Electronic information/i });
  await expect(dialog).toBeVisible();
  await expect.poll(() => atlas.param('chart')).toBe('1');
  await expect(dialog.getByRole('button', { name: /Close/ })).toBeFocused();
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab']) {
    await press(key);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `the focus stays in the dialog after ${key}`).toBe(true);
  }
  await press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(chart.getByRole('button', { name: /Expand chart/ })).toBeFocused();
  await expect.poll(() => atlas.param('chart')).toBeNull();

  // 6. The directory: Escape closes the zone (focus back on its list button), ← → to Directory, type a filter.
  await press('Escape');
  await expect(panel.locator('[data-zone="development-zone"]')).toBeFocused();
  await expect.poll(() => atlas.param('zone')).toBeNull();
  await pressUntil('Shift+Tab', (f) => f.role === 'tab', 'the Zones tab', 10);
  await press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Directory' })).toBeFocused();
  await expect.poll(() => atlas.param('view')).toBe('directory');
  await pressUntil('Tab', (f) => f.tag === 'INPUT', 'the directory’s search field', 5);
  await type('intel');
  await expect.poll(() => atlas.param('dq')).toBe('intel');
  await expect(panel.getByRole('button', { name: /Intel/ }).first()).toBeVisible();

  // 7. The share menu: open, move through it, Escape closes it and the focus is back on its button.
  await pressUntil('Shift+Tab', (f) => /^Share this view/.test(f.name), 'the header’s Share button', 40);
  await press('Enter');
  const share = page.getByRole('dialog', { name: /Share this view/ });
  await expect(share).toBeVisible();
  for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
    await press(key);
    expect(await share.evaluate((d) => d.contains(document.activeElement)), `the focus stays in the share menu after ${key}`).toBe(true);
  }
  await press('Escape');
  await expect(share).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('button', { name: /^Share this view/ })).toBeFocused();

  // 8. The tour: Present, the built-in tour, → and ← step, Escape leaves.
  const count = BUILT_IN_TOUR.steps.length;
  const counter = page.getByTestId('tour-counter');
  await press('Shift+Tab');
  const present = page.getByRole('button', { name: 'Present a tour' });
  await expect(present).toBeFocused();
  await press('Enter');
  await expect(present).toHaveAttribute('aria-expanded', 'true');
  await press('Tab');
  await press('Escape'); // closed from inside: the focus goes back to Present, not to the page
  await expect(present).toHaveAttribute('aria-expanded', 'false');
  await expect(present).toBeFocused();
  await press('Enter');
  await press('Tab');
  await expect(page.getByRole('button', { name: /^Built-in tour/ })).toBeFocused();
  await press('Enter');
  await expect(counter).toHaveText(`1 / ${count}`);
  await expect(page.getByTestId('tour-caption')).toBeVisible();
  expect(atlas.param('tour')).toBe('1');
  await press('ArrowRight');
  await expect(counter).toHaveText(`2 / ${count}`);
  await expect.poll(() => atlas.param('zone')).toBe(BUILT_IN_TOUR.steps[1]!.zone);
  await press('ArrowLeft');
  await expect(counter).toHaveText(`1 / ${count}`);
  await expect.poll(() => atlas.param('zone')).toBeNull();
  await press('Escape');
  await expect(counter).toHaveCount(0);
  await expect.poll(() => atlas.param('tour')).toBeNull();

  console.log(`keys walked: ${keys}`);
  test.info().annotations.push({ type: 'keys walked', description: String(keys) });
});

test('a tour step that shows its chart large keeps the caption card in reach of the keyboard', async ({ atlas, page }) => {
  const count = BUILT_IN_TOUR.steps.length;
  const chartStep = BUILT_IN_TOUR.steps.findIndex((s) => s.chart === true) + 1;
  await atlas.open(`tour=${chartStep}`);
  const counter = page.getByTestId('tour-counter');
  await expect(counter).toHaveText(`${chartStep} / ${count}`);
  await expect(page.getByRole('dialog').locator('.recharts-surface').first()).toBeVisible();
  // The chart keeps clear of the caption card: the card covers none of the plot.
  await expect(page.getByTestId('tour-caption')).toBeVisible();
  const dialogBox = (await page.getByRole('dialog').boundingBox())!;
  const cardBox = (await page.locator('.tour__card').boundingBox())!;
  expect(dialogBox.y + dialogBox.height, 'the chart ends above the caption card').toBeLessThanOrEqual(cardBox.y);
  // Tab leaves the chart for the caption card's buttons (a modal chart would keep the focus inside).
  const next = page.locator('.tour__card').getByRole('button', { name: 'Next' });
  for (let i = 0; i < 30 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(counter).toHaveText(`${chartStep + 1} / ${count}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
