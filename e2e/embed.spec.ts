import { mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures';

mkdirSync('screenshots', { recursive: true });

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
