import { test, expect } from './support/fixtures';
import { ZONES } from './support/data';

// Issue 15, point 3: all fourteen Dalian zones of the 2018 catalogue, each with its catalogue record and
// its location method, reached from a cold link, from the zone list, by search and on the map.

const CATALOGUE = ZONES.filter((z) => z.catalogue);
const POINTS = ZONES.filter((z) => z.drawnAs === 'point');
const LEVEL = { en: { national: 'State level', provincial: 'Provincial' }, zh: { national: '国家级', provincial: '省级' } } as const;

test('the data hold the fourteen Dalian zones of the catalogue', () => {
  expect(CATALOGUE).toHaveLength(14);
});

test.describe('each catalogue zone', () => {
  // One cold link per zone, the languages alternating (both languages are checked from the zone list below).
  CATALOGUE.forEach((zone, i) => {
    const lang = i % 2 ? 'zh' : 'en';
    test(`${zone.id} opens from a cold link (${lang}) with its catalogue record and its location method`, async ({ atlas, page }) => {
      await atlas.open(`zone=${zone.id}&lang=${lang}`);
      const panel = page.locator(`section[data-zone="${zone.id}"]`);
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(zone.name[lang]);
      const record = panel.getByTestId('zone-catalogue');
      await expect(record.getByTestId('catalogue-code')).toContainText(zone.catalogue!.code);
      await expect(record.getByTestId('catalogue-level')).toContainText(LEVEL[lang][zone.catalogue!.level]);
      await expect(record.getByRole('button', { name: lang === 'en' ? /^Source of the record/ : /^记录的出处/ })).toBeVisible();
      const method = panel.getByTestId('zone-location-method');
      await method.getByRole('button', { name: lang === 'en' ? /How the (point was placed|outline was drawn)/ : /(点位的确定方法|轮廓的绘制方法)/ }).click();
      if (zone.drawnAs === 'point') await expect(method.getByText(zone.location.method[lang])).toBeVisible();
      // The camera shows it: its marker is on the map.
      const p = await atlas.zoneScreenPoint(zone.id);
      const map = await page.evaluate(() => window.__atlas!.mapRect());
      expect(p!.x > map.left && p!.x < map.right && p!.y > map.top && p!.y < map.bottom, `${zone.id} is in view`).toBe(true);
    });
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`every one opens from the zone list (${lang}), with its record and its location method`, async ({ atlas, page }) => {
      await atlas.open(`view=zones&lang=${lang}`);
      for (const zone of CATALOGUE) {
        await atlas.panel().locator(`.zone-list button[data-zone="${zone.id}"]`).click();
        const panel = page.locator(`section[data-zone="${zone.id}"]`);
        await expect(panel.getByRole('heading', { level: 2 })).toHaveText(zone.name[lang]);
        await expect(panel.getByTestId('catalogue-code')).toContainText(zone.catalogue!.code);
        await expect(panel.getByTestId('catalogue-industries')).toBeVisible();
        await expect(panel.getByTestId('zone-location-method')).toBeVisible();
        await expect(panel.getByTestId('area-approved')).toContainText(lang === 'en' ? 'km²' : '平方公里');
        await panel.getByRole('button', { name: lang === 'en' ? 'Close zone panel' : '关闭园区面板' }).click();
        await expect(panel).toBeHidden();
        await expect(atlas.panel().locator(`.zone-list button[data-zone="${zone.id}"]`)).toBeVisible();
      }
    });
  }
});

test("the Development Zone's panel tells its approved area (catalogue) from its administered area and from the outline", async ({ atlas, page }) => {
  await atlas.open('zone=development-zone');
  const areas = page.getByRole('region', { name: 'Area: which figure is which' });
  await expect(areas.getByTestId('area-approved')).toContainText('20 km² (2,000 ha)');
  await expect(areas.getByTestId('area-approved')).toContainText('Approved (2018 catalogue)');
  await expect(areas.getByTestId('area-source')).toContainText('Administered');
  await expect(areas.getByTestId('area-source')).toContainText('338 km²');
  await expect(areas.getByTestId('area-outline')).toContainText(/Outline \d+ km² · sourced 405 km²/);
});

test('each zone shown as a point is found by search in both languages and opens', async ({ atlas, page }) => {
  await atlas.open();
  for (const zone of POINTS) {
    for (const [query, lang] of [
      [zone.shortName.en, 'en'],
      [zone.name.zh, 'zh'],
    ] as const) {
      const list = await atlas.search(query);
      await expect(list.getByRole('option', { name: new RegExp(zone.name[lang === 'zh' ? 'zh' : 'en'].replace(/[()]/g, '.')) }).first()).toBeVisible();
    }
    await page.getByRole('combobox', { name: /Search zones, clusters and companies/ }).fill(zone.shortName.en);
    await page.getByRole('listbox').getByRole('option', { name: new RegExp(zone.name.en) }).first().click();
    await expect(page.locator(`section[data-zone="${zone.id}"]`)).toBeVisible();
    expect(atlas.param('zone')).toBe(zone.id);
    await page.locator(`section[data-zone="${zone.id}"]`).getByRole('button', { name: 'Close zone panel' }).click();
  }
});

test('each zone shown as a point is reached by a click on its marker, zoomed in on it as a reader would', async ({ atlas, page }) => {
  // At the first screen's zoom, markers a few km apart around Dayao Bay overlap; zoomed in (zoom 11), each is its own.
  test.setTimeout(60_000 + POINTS.length * 20_000); // one cold load per zone
  for (const zone of POINTS) {
    const { lon, lat } = zone.location;
    // A fresh document each time: the previous selection's history writes must not race the navigation.
    await page.goto('about:blank');
    await atlas.open(`at=${lon.toFixed(4)},${lat.toFixed(4)},11.00`);
    await atlas.clickZoneOnMap(zone.id);
    expect(atlas.param('zone'), zone.id).toBe(zone.id);
    await expect(page.locator(`section[data-zone="${zone.id}"]`)).toBeVisible();
  }
});
