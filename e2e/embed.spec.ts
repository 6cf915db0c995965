import { mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures';

mkdirSync('screenshots', { recursive: true });
// Each test loads the atlas cold (in a frame, for most) on a software renderer: triple the timeout.
test.slow();

/** Embed mode: the map and the panel, without the header and the share chrome, at any width. */
for (const width of [320, 1200]) {
  test(`embed mode at ${width} px: no header, no share button, a link to the full view, no horizontal overflow`, async ({ atlas, page }) => {
    await page.setViewportSize({ width, height: width < 700 ? 640 : 720 });
    await atlas.open('zone=dagushan&lang=zh&embed=1');
    await expect(page.getByRole('region', { name: /大孤山/ }).first()).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /分享|Share/ })).toHaveCount(0);

    const open = page.getByRole('link', { name: /在地图集中打开/ });
    await expect(open).toBeVisible();
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', 'noopener');
    const href = new URL((await open.getAttribute('href'))!);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('zone')).toBe('dagushan');
    expect(href.searchParams.get('lang')).toBe('zh');

    const overflow = await page.evaluate(() => {
      const d = document.documentElement;
      const wide = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((el) => el.getBoundingClientRect().right > d.clientWidth + 1 && getComputedStyle(el).position !== 'fixed');
      return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, bodyScroll: document.body.scrollWidth, wide: wide.slice(0, 5).map((el) => el.className) };
    });
    expect(overflow.scrollWidth, `wider than the frame: ${overflow.wide.join(' | ')}`).toBeLessThanOrEqual(overflow.clientWidth);
    expect(overflow.bodyScroll).toBeLessThanOrEqual(overflow.clientWidth);
    await page.screenshot({ path: `screenshots/embed-${width}.png` });
  });
}

test('an embedding page receives the height, and the embed acts on keys only while it has the focus', async ({ page, baseURL }) => {
  const src = `${baseURL}/?zone=dagushan&embed=1`;
  // The host page is served from an http origin, as a real embedding site is (the CSP's
  // frame-ancestors * admits network origins, not an about:blank page).
  const host = `${baseURL}/embed-host-test.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><p><button id="host">Host page</button></p>
     <iframe src="${src}" width="800" height="600" title="Dalian Cluster Atlas" style="border:0"></iframe>
     <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'dalian-atlas:height') window.heights.push(e.data.height); });</script>`,
    }),
  );
  await page.goto(host);
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
  const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
  expect(heights.at(-1)).toBe(600);

  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('link', { name: 'Open in the atlas' })).toBeVisible();
  const zonePanel = frame.getByRole('region', { name: /Dagushan/ }).first();
  await expect(zonePanel).toBeVisible();

  // Escape on the host page is the host's: the embed keeps its zone.
  await page.locator('#host').focus();
  await page.keyboard.press('Escape');
  await expect(zonePanel).toBeVisible();

  // With the focus inside the embed, Escape clears its selection.
  await frame.getByRole('link', { name: 'Open in the atlas' }).focus();
  await page.keyboard.press('Escape');
  await expect(zonePanel).toBeHidden();
});

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The embed at the snippet's size (800×600), at 400×300 and at 320 and 1200 px wide, inside a host
 * page: the selected zone is framed (not a dot at a 50 km scale) and nothing of the embed covers it
 * or its label: not the legend (folded into a button), not the zoom buttons, the scale or the
 * attribution, not the panel (beside or below the map) and not the bar.
 */
for (const [width, height, lang] of [[320, 480, 'en'], [400, 300, 'en'], [400, 300, 'zh'], [800, 600, 'en'], [800, 600, 'zh'], [1200, 800, 'en']] as const) {
  test(`embed ${width}×${height} (${lang}) in a host page: the zone framed, clear of legend, controls, attribution and panel`, async ({ page, baseURL, atlas }) => {
    void atlas;
    const src = `${baseURL}/?zone=dagushan&embed=1${lang === 'zh' ? '&lang=zh' : ''}`;
    const host = `${baseURL}/embed-host-${width}.html`;
    await page.setViewportSize({ width: width + 40, height: height + 40 });
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><body style="margin:20px;background:#ddd">
     <iframe src="${src}" width="${width}" height="${height}" title="Dalian Cluster Atlas" style="border:0"></iframe>`,
      }),
    );
    await page.goto(host);
    const frameEl = page.frameLocator('iframe');
    await expect.poll(() => page.frames().some((f) => f.url().includes('embed=1'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
    await frame.waitForFunction(() => typeof window.__atlas?.waitForIdle === 'function', null, { timeout: 60_000 });
    await frame.evaluate(() => window.__atlas!.waitForIdle());
    await expect(frameEl.getByRole('region', { name: lang === 'zh' ? /大孤山/ : /Dagushan/ }).first()).toBeVisible();
    await frame.evaluate(() => window.__atlas!.waitForIdle());

    // The legend is folded into a button; nothing floats over the map.
    const legendButton = frameEl.getByRole('button', { name: lang === 'zh' ? '产业集群与筛选' : 'Clusters and filters' });
    await expect(legendButton).toBeVisible();
    await expect(legendButton).toHaveAttribute('aria-expanded', 'false');

    const seen = await frame.evaluate(async () => {
      const atlas = window.__atlas!;
      const outlines = (await (await fetch('data/zone-outlines.geojson')).json()) as { features: { properties: { zoneId: string }; geometry: { coordinates: unknown } }[] };
      const feature = outlines.features.find((f) => f.properties.zoneId === 'dagushan')!;
      const lonLats: [number, number][] = [];
      const walk = (c: unknown) => {
        if (Array.isArray(c) && typeof c[0] === 'number') lonLats.push(c as [number, number]);
        else if (Array.isArray(c)) c.forEach(walk);
      };
      walk(feature.geometry.coordinates);
      const pts = lonLats.map((p) => atlas.project(p));
      const marker = atlas.zonePoint('dagushan')!;
      const zone = {
        left: Math.min(marker.x - 8, ...pts.map((p) => p.x)),
        right: Math.max(marker.x + 8, ...pts.map((p) => p.x)),
        top: Math.min(marker.y - 8, ...pts.map((p) => p.y)),
        bottom: Math.max(marker.y + 8, ...pts.map((p) => p.y)),
      };
      const rectOf = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
      };
      const overlays = [
        ['legend', '.legend'],
        ['zoom', '.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out'],
        ['scale', '.maplibregl-ctrl-scale'],
        ['attribution', '.maplibregl-ctrl-attrib'],
        ['panel', 'aside'],
        ['bar', '.embed-bar'],
      ].flatMap(([name, selector]) => Array.from(document.querySelectorAll(selector!)).filter(shown).map((el) => ({ name: name!, rect: rectOf(el), label: atlas.placedLabelZoneIds(rectOf(el)) })));
      return { zone, map: atlas.mapRect(), labelPlaced: atlas.placedLabelZoneIds().includes('dagushan'), overlays, floating: document.querySelectorAll('.legend--floating').length };
    });

    expect(seen.floating, 'no legend floats over the map').toBe(0);
    // Every kind of overlay is there to check against (the legend only as its folded button, in the panel).
    for (const name of ['attribution', 'panel', 'bar']) expect(seen.overlays.map((o) => o.name), name).toContain(name);
    // Framed: the whole zone on the map, and large enough to read (not a dot at a 50 km scale).
    const { zone, map } = seen;
    expect(zone.left, 'zone inside the map (left)').toBeGreaterThanOrEqual(map.left);
    expect(zone.right, 'zone inside the map (right)').toBeLessThanOrEqual(map.right);
    expect(zone.top, 'zone inside the map (top)').toBeGreaterThanOrEqual(map.top);
    expect(zone.bottom, 'zone inside the map (bottom)').toBeLessThanOrEqual(map.bottom);
    const share = Math.max((zone.right - zone.left) / (map.right - map.left), (zone.bottom - zone.top) / (map.bottom - map.top));
    expect(share, 'the zone fills a good part of the map').toBeGreaterThan(0.25);
    expect(seen.labelPlaced, 'the zone’s label is drawn').toBe(true);
    for (const o of seen.overlays) {
      expect(overlap(zone, o.rect), `zone under the ${o.name}: ${JSON.stringify({ zone, overlay: o.rect })}`).toBe(false);
      expect(o.label, `zone label under the ${o.name}`).not.toContain('dagushan');
    }
    // The map gets a real share of the frame: beside the panel on a wide frame, above it on a narrow one.
    const mapArea = (map.right - map.left) * (map.bottom - map.top);
    expect(mapArea / (width * height)).toBeGreaterThan(0.35);
    await page.screenshot({ path: `screenshots/embed-host-${width}x${height}-${lang}.png` });
  });
}
