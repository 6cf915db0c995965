import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { ZONES } from './support/data';

/**
 * Street-based outlines, nested zones and landmarks (issue "zone outlines a viewer can trust").
 * Points are WGS84 [lon, lat]: one on Dagushan's land away from its marker, checked against the
 * built outline file, and the airport's label point.
 */
const outlines = JSON.parse(readFileSync(new URL('../public/data/zone-outlines.geojson', import.meta.url), 'utf8')) as {
  features: { properties: { zoneId: string }; geometry: { type: string; coordinates: number[][][] | number[][][][] } }[];
};
const INSIDE_DAGUSHAN: [number, number] = [121.86, 38.975];

function inOutline(zoneId: string, [x, y]: [number, number]) {
  const g = outlines.features.find((f) => f.properties.zoneId === zoneId)!.geometry;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
  const inRing = (r: number[][]) => {
    let inside = false;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi = 0, yi = 0] = r[i]!;
      const [xj = 0, yj = 0] = r[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  return polys.some(([outer, ...holes]) => inRing(outer!) && !holes.some(inRing));
}

test.describe('nested zones', () => {
  test('the test point lies on Dagushan, inside the Development Zone’s streets but not its drawn land', () => {
    expect(inOutline('dagushan', INSIDE_DAGUSHAN)).toBe(true);
    expect(inOutline('development-zone', INSIDE_DAGUSHAN)).toBe(false);
  });

  test('a click on Dagushan’s land selects Dagushan, and the Development Zone is one click away', async ({ atlas, page }) => {
    await atlas.open();
    const fills = await page.evaluate((p) => window.__atlas!.featuresAt(p, ['zone-fill']).map((f) => f.properties.zoneId), INSIDE_DAGUSHAN);
    expect(fills).toEqual(['dagushan']);

    const at = await page.evaluate((p) => window.__atlas!.project(p), INSIDE_DAGUSHAN);
    await page.mouse.click(at.x, at.y);
    await atlas.mapIdle();
    const panel = atlas.zonePanel('Dagushan Petrochemical Industrial Park');
    await expect(panel).toBeVisible();
    expect(atlas.param('zone')).toBe('dagushan');
    await expect(panel.getByTestId('zone-relations')).toContainText('Part of');

    await panel.getByRole('button', { name: 'Dalian Economic and Technological Development Zone' }).click();
    const parent = atlas.zonePanel('Dalian Economic and Technological Development Zone');
    await expect(parent).toBeVisible();
    expect(atlas.param('zone')).toBe('development-zone');
    const contains = parent.getByRole('list', { name: 'Contains:' });
    // The zones a source puts inside it, from the data: Dagushan and the Bonded Area (cut out of its outline), and the catalogue zones run with it.
    const children = ZONES.filter((z) => z.parentZoneId === 'development-zone').map((z) => z.name.en);
    expect(children).toEqual(expect.arrayContaining(['Dagushan Petrochemical Industrial Park', 'Dalian Bonded Zone (Dalian Free Trade Zone)']));
    await expect(contains.getByRole('button')).toHaveText(children);
    // The panel states how the outline was made and both areas.
    await expect(parent.getByText(/^Approximate: built from the boundaries of the 8 streets it administers/)).toBeVisible();
    await expect(parent.getByTestId('outline-areas')).toHaveText(/^Outline 454 km² · sourced 405 km²/);
  });

  test('hiding petrochemicals leaves the peninsula without the Development Zone’s fill', async ({ atlas, page }) => {
    await atlas.open();
    const fillsAt = () => page.evaluate((p) => window.__atlas!.featuresAt(p, ['zone-fill']).map((f) => String(f.properties.zoneId)), INSIDE_DAGUSHAN);
    expect(await fillsAt()).toEqual(['dagushan']);

    await page.getByRole('checkbox', { name: 'Show Petrochemicals on the map' }).uncheck();
    expect(atlas.param('hide')).toBe('petrochemicals');
    await atlas.mapIdle();
    expect(await fillsAt()).toEqual([]);
    // The Development Zone itself is still drawn, around the hole.
    expect(await atlas.renderedZoneIds()).toContain('development-zone');
  });

  test('the legend explains nested zones', async ({ atlas, page }) => {
    await atlas.open();
    await expect(page.getByRole('region', { name: 'Industrial clusters' }).getByText(/^Nested zones: a zone inside another/)).toBeVisible();
  });
});

test.describe('landmarks', () => {
  for (const [lang, first, second] of [
    ['en', 'Dalian Zhoushuizi International Airport', '大连周水子国际机场'],
    ['zh', '大连周水子国际机场', 'Dalian Zhoushuizi International Airport'],
  ] as const) {
    test(`the airport is labelled in both languages (${lang})`, async ({ atlas, page }) => {
      await atlas.open(`at=121.5400,38.9657,11.00${lang === 'zh' ? '&lang=zh' : ''}`);
      const labels = await page.evaluate(() => window.__atlas!.renderedLabels('airport-label'));
      expect(labels).toHaveLength(1);
      expect(labels[0]!.text).toBe(`${first}\n${second}`);
      // The runways are drawn at this zoom.
      const runways = await page.evaluate(() => window.__atlas!.featuresAt([121.5385, 38.96568], ['aeroway-runway']).length);
      expect(runways).toBeGreaterThan(0);
    });
  }

  test('main railway stations show from the city view, the others only closer', async ({ atlas, page }) => {
    await atlas.open('at=121.6400,38.9600,9.00');
    const main = await page.evaluate(() => window.__atlas!.renderedLabels('station-main-labels').map((l) => String(l.properties.nameZh)));
    // Dalian North or West: at this zoom the Development Zone's three-line label ("+2 more zones
    // inside") may take Dalian North's place, as zone labels take any basemap name's.
    expect(main.filter((n) => n === '大连北' || n === '大连西').length).toBeGreaterThan(0);
    // Dalian station is drawn as the city's own dot and name at this zoom, not as a second "Dalian" (issue 16, item 8).
    expect(main).not.toContain('大连');
    const others = await page.evaluate(() => window.__atlas!.renderedLabels('station-rail-labels').length);
    expect(others).toBe(0);

    await atlas.open('at=121.5700,38.9500,11.50');
    const close = await page.evaluate(() => window.__atlas!.renderedLabels('station-rail-labels').map((l) => l.text));
    expect(close).toContain('Zhoushuizi');
  });
});
