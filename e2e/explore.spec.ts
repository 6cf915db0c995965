import { test, expect } from './support/fixtures';

test.describe('exploring a zone', () => {
  test('clicking a zone on the map opens its profile, enterprises and chart; Back returns', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.clickZoneOnMap('dagushan');

    const panel = atlas.zonePanel('Dagushan Petrochemical Industrial Park');
    await expect(panel).toBeVisible();
    await expect(panel.getByText('大孤山石化产业园区').first()).toBeVisible();
    expect(atlas.param('zone')).toBe('dagushan');
    expect(atlas.param('cluster')).toBe('petrochemicals');

    // Cluster profile with cited key figures.
    await expect(panel.getByText('44.3 billion RMB').first()).toBeVisible();
    // Anchor enterprises, honest about their location.
    const enterprises = panel.getByRole('region', { name: 'Anchor enterprises' });
    await expect(enterprises.getByText('West Pacific Petrochemical').first()).toBeVisible();
    await expect(enterprises.getByText(/Site not published; located in/).first()).toBeVisible();
    // Target progress chart, with its text summary.
    await expect(panel.locator('.progress-chart .recharts-surface').first()).toBeVisible();
    await expect(panel.locator('.progress-chart')).toContainText('12.3%');

    await page.goBack();
    await expect(panel).toBeHidden();
    expect(atlas.param('zone')).toBeNull();
    await expect(atlas.panel().getByRole('tab', { name: 'Overview' })).toBeVisible();
  });

  test('selecting from the zone list works like the map, with one tab per cluster in the URL', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.selectZoneFromList('Dalian Economic and Technological Development Zone');
    const panel = atlas.zonePanel('Dalian Economic and Technological Development Zone');
    await expect(panel).toBeVisible();
    const tabs = panel.getByRole('tab');
    await expect(tabs).toHaveCount(2);
    // The first tab is the zone's first cluster in the planning page's order (4. automobiles, 5. electronics).
    expect(atlas.param('cluster')).toBe('automotive');

    await panel.getByRole('tab', { name: /Electronic/ }).click();
    expect(atlas.param('cluster')).toBe('electronics');
    await expect(panel.getByRole('tab', { name: /Electronic/ })).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByText('31 billion RMB').first()).toBeVisible();

    await page.goBack();
    await expect(panel.getByRole('tab', { name: 'Automotive' })).toHaveAttribute('aria-selected', 'true');
    expect(atlas.param('cluster')).toBe('automotive');
  });

  test('a shared link reopens the same zone and cluster tab', async ({ atlas }) => {
    await atlas.open('zone=development-zone&cluster=electronics');
    const panel = atlas.zonePanel('Dalian Economic and Technological Development Zone');
    await expect(panel.getByRole('tab', { name: /Electronic/ })).toHaveAttribute('aria-selected', 'true');
  });

  test('hovering a zone shows its name and clusters', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.hoverZoneOnMap('development-zone');
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('Dalian Economic and Technological Development Zone');
    await expect(tip).toContainText('Electronic information');
    await expect(tip).toContainText('Automotive');
  });

  test('Escape clears the selection', async ({ atlas, page }) => {
    await atlas.open('zone=huayuankou');
    await expect(atlas.zonePanel('Dalian Huayuankou Economic Zone')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(atlas.zonePanel('Dalian Huayuankou Economic Zone')).toBeHidden();
    expect(atlas.param('zone')).toBeNull();
  });

  test('enterprises without a published site are counted at their zone, never pinned to an address', async ({ atlas, page }) => {
    await atlas.open();
    // No enterprise has a sourced site: no pin anywhere; the count is told with the zone.
    await expect(page.locator('.maplibregl-marker')).toHaveCount(0);
    await atlas.hoverZoneOnMap('high-tech-zone');
    await expect(page.getByRole('tooltip')).toContainText(/\d+ anchor companies: sites not published/);
    await atlas.clickZoneOnMap('high-tech-zone');
    await expect(atlas.zonePanel('Dalian Hi-tech Industrial Zone')).toBeVisible();
  });
});

test.describe('clusters and filters', () => {
  test('switching a cluster off in the legend hides its zones on the map and in the lists', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('checkbox', { name: 'Show Petrochemicals on the map' }).uncheck();
    await atlas.mapIdle();
    expect(await atlas.renderedZoneIds()).not.toContain('dagushan');
    expect(atlas.param('hide')).toBe('petrochemicals');
    await atlas.panel().getByRole('tab', { name: 'Zones' }).click();
    await expect(atlas.panel().getByRole('button', { name: /Dagushan/ })).toHaveCount(0);
    await expect(atlas.panel().getByRole('button', { name: /Huayuankou/ })).toBeVisible();
  });

  test('choosing a cluster in the legend opens its profile and highlights all its zones', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Open the Automotive cluster' }).click();
    expect(atlas.param('cluster')).toBe('automotive');
    const panel = atlas.panel().getByRole('region', { name: 'Automobile Industry Cluster in the Development Zone and Bonded Area' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('button', { name: /Development Zone/ }).first()).toBeVisible();
    await expect(panel.getByRole('button', { name: /Bonded/ }).first()).toBeVisible();
  });
});

test.describe('search', () => {
  for (const [query, expected] of [
    ['WEPEC', 'West Pacific Petrochemical'],
    ['Intel', 'Intel'],
    ['花园口', 'Huayuankou'],
    ['dagushan', 'Dagushan'],
  ] as const) {
    test(`"${query}" finds ${expected}`, async ({ atlas }) => {
      await atlas.open();
      const list = await atlas.search(query);
      await expect(list.getByRole('option').first()).toContainText(expected);
    });
  }

  test('choosing a company selects its zone and cluster', async ({ atlas, page }) => {
    await atlas.open();
    const list = await atlas.search('Intel');
    await list.getByRole('option').first().click();
    await expect(atlas.zonePanel('Dalian Economic and Technological Development Zone')).toBeVisible();
    expect(atlas.param('zone')).toBe('development-zone');
    expect(atlas.param('cluster')).toBe('electronics');
    void page;
  });
});

test.describe('links', () => {
  test('a bad link is explained and cleaned, and the rest of the view is kept', async ({ atlas, page }) => {
    await atlas.open('zone=atlantis&lang=zh&cluster=software');
    await expect(page.getByRole('status').filter({ hasText: 'zone=atlantis' })).toBeVisible();
    expect(atlas.param('zone')).toBeNull();
    expect(atlas.param('lang')).toBe('zh');
    await expect(page.getByRole('heading', { level: 1, name: '大连产业集群地图' })).toBeVisible();
  });

  test('a cluster that does not belong to the zone is replaced by the zone’s own', async ({ atlas, page }) => {
    await atlas.open('zone=dagushan&cluster=software');
    await expect(page.getByRole('status').filter({ hasText: 'cluster=software' })).toBeVisible();
    expect(atlas.param('cluster')).toBe('petrochemicals');
  });
});
