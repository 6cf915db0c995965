import { expect, type Page } from '@playwright/test';
import type {} from '../../src/features/map/test-bridge';

/** A small driver so specs read as given / when / then and talk to the app, not to raw selectors. */
export class AtlasDriver {
  constructor(readonly page: Page) {}

  // given
  async open(query = '') {
    await this.page.goto(`/${query ? `?${query.replace(/^\?/, '')}` : ''}`);
    await this.mapIdle();
  }

  async mapIdle() {
    // A cold load on a software renderer, on a busy machine, can take over 30 s.
    await this.page.waitForFunction(() => typeof window.__atlas?.waitForIdle === 'function', null, { timeout: 60_000 });
    await this.page.evaluate(() => window.__atlas!.waitForIdle());
  }

  // when
  /** Goes to another view in the same page, as Back or Forward would: the app follows its address. */
  async visit(query: string) {
    await this.page.evaluate((q) => {
      history.pushState(history.state, '', `/?${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query.replace(/^\?/, ''));
    await this.mapIdle();
  }

  async clickZoneOnMap(zoneId: string) {
    const p = await this.page.evaluate((id) => window.__atlas!.zonePoint(id), zoneId);
    expect(p, `zone ${zoneId} has a point on the map`).not.toBeNull();
    await this.page.mouse.click(p!.x, p!.y);
    await this.mapIdle();
  }

  // then
  map() {
    return this.page.getByRole('region', { name: "Map of Dalian's industrial zones" });
  }

  panel() {
    return this.page.getByRole('complementary', { name: /Details|详情/ });
  }

  zonePanel(name: string | RegExp) {
    return this.panel().getByRole('region', { name });
  }

  async selectZoneFromList(name: string) {
    await this.panel().getByRole('tab', { name: 'Zones' }).click();
    await this.panel().getByRole('button', { name: new RegExp(name) }).click();
    await this.mapIdle();
  }

  async search(text: string) {
    const box = this.page.getByRole('combobox', { name: /Search zones, clusters and companies/ });
    await box.fill(text);
    return this.page.getByRole('listbox');
  }

  async hoverZoneOnMap(zoneId: string) {
    const p = await this.zoneScreenPoint(zoneId);
    await this.page.mouse.move(p!.x, p!.y);
  }

  /** Counts the basemap files the page fetches from now on. */
  countBasemapRequests() {
    const seen: string[] = [];
    this.page.on('request', (r) => {
      if (new URL(r.url()).pathname.includes('/basemap/')) seen.push(r.url());
    });
    return seen;
  }

  /** What the map draws for each zone (its feature-state: selected, dimmed, hover, focus). */
  async zoneStates() {
    return this.page.evaluate(() => window.__atlas!.zoneStates());
  }

  /** The zones whose label MapLibre placed (within a viewport rectangle, or anywhere on the map). */
  async placedLabels(rect?: { left: number; top: number; right: number; bottom: number }) {
    return this.page.evaluate((r) => window.__atlas!.placedLabelZoneIds(r), rect);
  }

  /** The text a zone's label draws now (name and lines beneath; on a phone, its count: `zone-count`), or null if it is not placed. */
  async zoneLabelText(zoneId: string, layer: 'zone-label' | 'zone-count' = 'zone-label') {
    const labels = await this.page.evaluate((id) => window.__atlas!.renderedLabels(id), layer);
    return labels.find((l) => l.properties.zoneId === zoneId)?.text ?? null;
  }

  /** Puts the keyboard focus on the map canvas, as Tab would. */
  async focusMap() {
    await this.page.locator('.maplibregl-canvas').focus();
  }

  async renderedZoneIds() {
    return this.page.evaluate(() => window.__atlas!.renderedZoneIds());
  }

  async zoneScreenPoint(zoneId: string) {
    return this.page.evaluate((id) => window.__atlas!.zonePoint(id), zoneId);
  }

  param(key: string) {
    return new URL(this.page.url()).searchParams.get(key);
  }

  searchParams() {
    return new URL(this.page.url()).searchParams;
  }
}
