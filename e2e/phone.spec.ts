import { test, expect } from './support/fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone, a tapped zone opens in a bottom sheet that expands and closes', async ({ atlas, page }) => {
  await atlas.open();
  const sheet = atlas.panel();
  await expect(sheet).toBeVisible();
  const box = await sheet.boundingBox();
  // A bottom sheet: anchored to the bottom edge, the full width, leaving the map visible above.
  expect(Math.round(box!.y + box!.height)).toBe(844);
  expect(Math.round(box!.width)).toBe(390);
  expect(box!.height).toBeLessThan(844 * 0.6);

  const p = await atlas.zoneScreenPoint('huayuankou');
  await page.touchscreen.tap(p!.x, p!.y);
  await atlas.mapIdle();
  const panel = atlas.zonePanel('Dalian Huayuankou Economic Zone');
  await expect(panel).toBeVisible();
  expect(atlas.param('zone')).toBe('huayuankou');

  // Expand to read the whole panel, then close it.
  await sheet.getByRole('button', { name: 'Expand the panel' }).tap();
  await expect(sheet.getByRole('button', { name: 'Collapse the panel' })).toBeVisible();
  const full = await sheet.boundingBox();
  expect(full!.height).toBeGreaterThan(844 * 0.8);
  await panel.getByRole('button', { name: 'Close zone panel' }).tap();
  await expect(panel).toBeHidden();
  expect(atlas.param('zone')).toBeNull();
});

test('on a phone, the zone list and the directory work by touch', async ({ atlas }) => {
  await atlas.open();
  const sheet = atlas.panel();
  await sheet.getByRole('tab', { name: 'Directory' }).tap();
  await sheet.getByRole('button', { name: /Intel/ }).first().tap();
  await expect(atlas.zonePanel('Dalian Economic and Technological Development Zone')).toBeVisible();
  expect(atlas.param('cluster')).toBe('electronics');
});
