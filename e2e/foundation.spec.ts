import { test, expect } from './support/fixtures';
import { ZONE_IDS } from './support/data';

const ZONES = [...ZONE_IDS].sort();

test.describe('first screen', () => {
  test('shows a map of Dalian with every zone, the legend and the attribution', async ({ atlas, page }) => {
    await atlas.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Dalian Cluster Atlas' })).toBeVisible();
    await expect(atlas.map()).toBeVisible();

    const legend = page.getByRole('region', { name: 'Industrial clusters' });
    // One row per cluster, each with its switch, and a grey row for the zones in no cluster.
    await expect(legend.getByRole('checkbox')).toHaveCount(5);
    await expect(legend.getByRole('listitem')).toHaveCount(6);
    await expect(legend.getByRole('listitem').last()).toHaveText('Other catalogue zones (no cluster in the plan)');

    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap contributors');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('DataV.GeoAtlas');

    // The map opens framed on every zone of the data: each one is drawn inside the viewport.
    expect(await atlas.renderedZoneIds()).toEqual(ZONES);
    const viewport = page.viewportSize()!;
    for (const id of ZONES) {
      const p = await atlas.zoneScreenPoint(id);
      expect(p, id).not.toBeNull();
      expect(p!.x).toBeGreaterThan(0);
      expect(p!.x).toBeLessThan(viewport.width);
      expect(p!.y).toBeGreaterThan(0);
      expect(p!.y).toBeLessThan(viewport.height);
    }
  });

  test('draws each zone at its place: west to east and south to north as on the ground', async ({ atlas }) => {
    await atlas.open();
    const at = async (id: string) => (await atlas.zoneScreenPoint(id))!;
    const hightech = await at('high-tech-zone');
    const devzone = await at('development-zone');
    const huayuankou = await at('huayuankou');
    // High-tech Zone (121.45 E, on the south coast) lies west and south of the Development Zone
    // (121.78 E, 39.05 N); Huayuankou (122.64 E, 39.57 N) lies far to the north-east of both.
    expect(hightech.x).toBeLessThan(devzone.x);
    expect(hightech.y).toBeGreaterThan(devzone.y);
    expect(huayuankou.x).toBeGreaterThan(devzone.x);
    expect(huayuankou.y).toBeLessThan(devzone.y);
  });

  test('renders in Chinese when the link says lang=zh', async ({ atlas, page }) => {
    await atlas.open('lang=zh');
    await expect(page.getByRole('heading', { level: 1, name: '大连产业集群地图' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
