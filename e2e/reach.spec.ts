import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { ZONES } from './support/data';

/**
 * A zone's reach: the panel's distances to the airport and the nearest railway and metro stations,
 * checked against distances computed here, independently, from the OpenStreetMap extract the build
 * reads (haversine on a sphere of the mean Earth radius) and the basemap's airport.
 */
type Pt = { name: string; lon: number; lat: number };
const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const haversineKm = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) => {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
};
const stations = (JSON.parse(readFileSync('data/inputs/osm/stations-dalian.geojson', 'utf8')) as { features: { properties: { name?: string; station?: string }; geometry: { coordinates: [number, number] } }[] }).features;
/** Stations of these kinds; railway stations only with a name (an unnamed railway point may be a freight yard). */
const of = (kinds: string[], named: boolean): Pt[] =>
  stations
    .filter((f) => kinds.includes(f.properties.station ?? '') && (!named || f.properties.name?.trim()))
    .map((f) => ({ name: f.properties.name?.trim() ?? '', lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
const airport = (JSON.parse(readFileSync('public/basemap/landmarks.geojson', 'utf8')) as { features: { properties: { kind: string; nameZh: string }; geometry: { coordinates: [number, number] } }[] }).features
  .filter((f) => f.properties.kind === 'airport')
  .map((f) => ({ name: f.properties.nameZh, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
const nearest = (from: { lon: number; lat: number }, places: Pt[]) => places.map((p) => ({ ...p, km: haversineKm(from, p) })).sort((a, b) => a.km - b.km)[0]!;

// The High-tech Zone (found by its name: specs read ids from the data).
const zone = ZONES.find((z) => /Hi-tech/i.test(z.name.en) && z.drawnAs !== 'point')!;
const expected = { airport: nearest(zone.location, airport), train: nearest(zone.location, of(['train'], true)), metro: nearest(zone.location, of(['subway', 'light_rail'], false)) };
const UNNAMED = { en: 'name not in the OpenStreetMap extract', zh: 'OpenStreetMap 数据未注站名' };

for (const lang of ['en', 'zh'] as const) {
  test(`the ${zone.id} panel gives its straight-line reach to the airport and the nearest stations (${lang})`, async ({ atlas }) => {
    await atlas.open(`zone=${zone.id}${lang === 'zh' ? '&lang=zh' : ''}`);
    const reach = atlas.zonePanel(zone.name[lang]).getByTestId('zone-reach');
    await expect(reach).toBeVisible();
    for (const [kind, place] of Object.entries(expected)) {
      const row = reach.locator(`tr[data-reach="${kind}"]`);
      await expect(row.getByRole('rowheader')).toContainText(place.name || UNNAMED[lang]);
      const shown = Number((await row.getByTestId('reach-from-point').innerText()).replace(/[^\d.]/g, ''));
      // Shown to one decimal; a sphere against turf's: within 0.1 km.
      expect(Math.abs(shown - place.km), `${kind}: ${shown} km shown, ${place.km.toFixed(2)} km computed`).toBeLessThanOrEqual(0.11);
    }
    // Its outline is drawn: the distance from its edge is never more than from its point.
    for (const kind of Object.keys(expected)) {
      const row = reach.locator(`tr[data-reach="${kind}"]`);
      const edgeText = await row.getByTestId('reach-from-edge').innerText();
      const point = Number((await row.getByTestId('reach-from-point').innerText()).replace(/[^\d.]/g, ''));
      const edge = /inside|边界内/.test(edgeText) ? 0 : Number(edgeText.replace(/[^\d.]/g, ''));
      expect(edge).toBeLessThanOrEqual(point);
    }
    await expect(reach).toContainText(lang === 'en' ? 'not road distances' : '并非道路距离');
    await expect(reach).toContainText(lang === 'en' ? 'Port: not measured' : '港口：未测量');
    await expect(reach).toContainText(lang === 'en' ? 'High-speed railway station: not measured' : '高铁站：未测量');
  });
}

test(`the ${zone.id}'s reach drawn on the map on request: a line and its distance to each place, all framed; Back takes them off`, async ({ atlas, page }) => {
  await atlas.open(`zone=${zone.id}`);
  const reach = atlas.zonePanel(zone.name.en).getByTestId('zone-reach');
  await reach.getByRole('button', { name: 'Draw these lines on the map' }).click();
  await expect(page).toHaveURL(/[?&]reach=1/);
  await expect(reach.getByRole('button', { name: 'Take the lines off the map' })).toHaveAttribute('aria-pressed', 'true');
  await atlas.mapIdle();
  // Each place is in view (the zone is framed with the places its lines lead to), and labelled with its distance.
  const [w, s, e, n] = await page.evaluate(() => window.__atlas!.viewBounds());
  for (const place of Object.values(expected)) {
    expect(place.lon, place.name).toBeGreaterThanOrEqual(w);
    expect(place.lon, place.name).toBeLessThanOrEqual(e);
    expect(place.lat, place.name).toBeGreaterThanOrEqual(s);
    expect(place.lat, place.name).toBeLessThanOrEqual(n);
  }
  const labels = await page.evaluate(() => window.__atlas!.renderedLabels('reach-label').map((l) => l.text));
  expect(labels.length, labels.join(' | ')).toBeGreaterThan(0);
  for (const text of labels) expect(text).toMatch(/\d+\.\d km/);
  await page.screenshot({ path: `screenshots/reach-${zone.id}-map.png` });
  await page.goBack();
  await expect(page).not.toHaveURL(/reach=1/);
  await atlas.mapIdle();
  expect(await page.evaluate(() => window.__atlas!.renderedLabels('reach-label').length)).toBe(0);
});

test('reach=1 without a zone is left out, with a notice in the current language', async ({ atlas, page }) => {
  await atlas.open('lang=zh&reach=1');
  await expect(page.locator('.url-notice')).toContainText('reach=1');
  await expect(page.locator('.url-notice')).toContainText('用于在地图上画出园区的可达距离');
  expect(page.url()).not.toContain('reach=');
});
