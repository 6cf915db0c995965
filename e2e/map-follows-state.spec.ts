import { test, expect } from './support/fixtures';

// Issue "Explore, second pass", items 1 and 2: the map follows every state change without
// rebuilding, and its hover card never sticks.

test.describe('the map follows every state change', () => {
  test('a session of state changes fetches no basemap file again and never rebuilds the style', async ({ atlas, page }) => {
    await atlas.open();
    const requests = atlas.countBasemapRequests();
    await page.getByRole('checkbox', { name: 'Show Petrochemicals on the map' }).uncheck();
    await page.getByRole('checkbox', { name: 'Show Petrochemicals on the map' }).check();
    await atlas.selectZoneFromList('Dalian Economic and Technological Development Zone');
    const panel = atlas.zonePanel('Dalian Economic and Technological Development Zone');
    await panel.getByRole('tab', { name: /Electronic/ }).click();
    await panel.getByRole('button', { name: 'Close zone panel' }).click();
    await page.getByRole('button', { name: 'Open the Software & service outsourcing cluster' }).click();
    await page.keyboard.press('Escape');
    await atlas.panel().getByRole('tab', { name: 'Directory' }).click();
    await atlas.panel().getByRole('searchbox').first().pressSequentially('i');
    await atlas.mapIdle();
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => window.__atlas!.styleLoads())).toBe(1);
  });

  test('choosing a cluster in the legend draws the map exactly as the cold link does', async ({ atlas, page }) => {
    await atlas.open('cluster=software');
    const cold = await atlas.zoneStates();
    expect(cold['high-tech-zone']).toMatchObject({ selected: true, dimmed: false });
    expect(cold['dagushan']).toMatchObject({ dimmed: true });

    await atlas.open();
    await page.getByRole('button', { name: 'Open the Software & service outsourcing cluster' }).click();
    await atlas.mapIdle();
    await expect.poll(() => atlas.zoneStates()).toEqual(cold);
  });

  for (const how of ['map', 'list', 'search'] as const) {
    test(`a zone picked by ${how} is drawn exactly as its cold link draws it`, async ({ atlas }) => {
      await atlas.open('zone=dagushan');
      const cold = await atlas.zoneStates();
      expect(cold['dagushan']).toMatchObject({ selected: true, dimmed: false });
      expect(cold['huayuankou']).toMatchObject({ selected: false, dimmed: true });

      await atlas.open();
      if (how === 'map') await atlas.clickZoneOnMap('dagushan');
      if (how === 'list') await atlas.selectZoneFromList('Dagushan');
      if (how === 'search') await (await atlas.search('dagushan')).getByRole('option').first().click();
      await expect(atlas.zonePanel('Dagushan Petrochemical Industrial Park')).toBeVisible();
      await atlas.mapIdle();
      await expect.poll(() => atlas.zoneStates()).toEqual(cold);
    });
  }

  test("changing a zone's cluster tab keeps its selection drawn", async ({ atlas }) => {
    await atlas.open('zone=development-zone');
    const panel = atlas.zonePanel('Dalian Economic and Technological Development Zone');
    await panel.getByRole('tab', { name: /Electronic/ }).click();
    await atlas.mapIdle();
    expect((await atlas.zoneStates())['development-zone']).toMatchObject({ selected: true });
  });

  test('the scale bar reads in the current language', async ({ atlas, page }) => {
    await atlas.open('lang=zh');
    await expect(page.locator('.maplibregl-ctrl-scale')).toContainText(/公里|米/);
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect(page.locator('.maplibregl-ctrl-scale')).toContainText(/km|m/);
    await expect(page.locator('.maplibregl-ctrl-scale')).not.toContainText(/公里|米/);
  });
});

test.describe('the hover card', () => {
  test('hides on click and while the camera moves, and stays inside the map', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.hoverZoneOnMap('huayuankou');
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('Dalian Huayuankou Economic Zone');
    const box = await card.boundingBox();
    const map = await page.evaluate(() => window.__atlas!.mapRect());
    expect(box!.x).toBeGreaterThanOrEqual(map.left);
    expect(box!.x + box!.width).toBeLessThanOrEqual(map.right);
    expect(box!.y + box!.height).toBeLessThanOrEqual(map.bottom);

    // A wheel zoom moves the camera: the card goes.
    await page.mouse.wheel(0, -200);
    await expect(card).toBeHidden();

    await atlas.mapIdle();
    await atlas.hoverZoneOnMap('dagushan');
    await expect(card).toBeVisible();
    await atlas.clickZoneOnMap('dagushan');
    await expect(card).toBeHidden();
  });
});
