import { test, expect } from './support/fixtures';

// Issue "Share and export", items 1 and 2: exact links, and every damaged link mended visibly.

test.describe('exact links', () => {
  // Each zone in one language, the languages alternating (Chinese for two of the five): a link's
  // language is one more parameter, and every zone in both would double this spec's time.
  for (const [zoneName, zoneId, lang] of [
    ['Dagushan', 'dagushan', 'en'],
    ['High-tech Zone', 'high-tech-zone', 'zh'],
    ['Huayuankou', 'huayuankou', 'en'],
    ['Development Zone', 'development-zone', 'zh'],
    ['Bonded Area', 'bonded-area', 'en'],
  ] as const) {
    test(`the link reached by clicking ${zoneName} opens the same view cold (${lang === 'zh' ? 'Chinese' : 'English'})`, async ({ atlas, page, browser }) => {
      {
        // A filter in the link too: it must survive the round trip.
        await atlas.open(lang === 'zh' ? 'lang=zh&hide=electronics' : 'hide=electronics');
        await atlas.clickZoneOnMap(zoneId);
        await expect(page.locator(`section[data-zone="${zoneId}"]`)).toBeVisible();
        const tabs = page.locator(`section[data-zone="${zoneId}"] [role="tab"]`);
        if ((await tabs.count()) > 1) await tabs.last().click();
        await atlas.mapIdle();
        const url = page.url();
        const camera = await page.evaluate(() => ({ c: window.__atlas!.center(), z: window.__atlas!.zoom() }));
        const selectedTab = (await tabs.count()) ? await page.locator(`section[data-zone="${zoneId}"] [role="tab"][aria-selected="true"]`).innerText() : '';

        const fresh = await browser.newContext({ viewport: page.viewportSize()!, reducedMotion: 'reduce' });
        const other = await fresh.newPage();
        await other.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
        await other.goto(url);
        await other.waitForFunction(() => typeof window.__atlas?.waitForIdle === 'function');
        await other.evaluate(() => window.__atlas!.waitForIdle());
        expect(other.url()).toBe(url);
        await expect(other.locator(`section[data-zone="${zoneId}"]`)).toBeVisible();
        if (selectedTab) await expect(other.locator(`section[data-zone="${zoneId}"] [role="tab"][aria-selected="true"]`)).toHaveText(selectedTab);
        const again = await other.evaluate(() => ({ c: window.__atlas!.center(), z: window.__atlas!.zoom() }));
        expect(Math.abs(again.z - camera.z)).toBeLessThan(0.05);
        expect(Math.abs(again.c[0] - camera.c[0])).toBeLessThan(0.005);
        expect(Math.abs(again.c[1] - camera.c[1])).toBeLessThan(0.005);
        await fresh.close();
      }
    });
  }

  test('the link reached by choosing each cluster in the legend opens the same view cold, in either language', async ({ atlas, page, browser }) => {
    const fresh = await browser.newContext({ viewport: page.viewportSize()!, reducedMotion: 'reduce' });
    const other = await fresh.newPage();
    await other.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    const clusters = ['petrochemicals', 'software', 'new-materials', 'automotive', 'electronics'];
    for (const [i, id] of clusters.entries()) {
      const zh = i % 2 === 1;
      await atlas.open(zh ? 'lang=zh' : '');
      await page.locator(`.legend li[data-cluster="${id}"] .legend__name`).click();
      await expect(page.locator(`section[data-cluster="${id}"]`)).toBeVisible();
      const heading = await page.locator(`section[data-cluster="${id}"] h2`).innerText();
      const url = page.url();
      expect(new URL(url).searchParams.get('cluster')).toBe(id);
      await other.goto(url);
      await expect(other.locator(`section[data-cluster="${id}"] h2`)).toHaveText(heading);
      expect(other.url()).toBe(url);
    }
    await fresh.close();
  });

  test('a wheel zoom alone is written to the link, and the link reopens that camera', async ({ atlas, page }) => {
    await atlas.open('zone=huayuankou');
    const p = await atlas.zoneScreenPoint('huayuankou');
    await page.mouse.move(p!.x, p!.y);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => atlas.param('at')).not.toBeNull();
    await atlas.mapIdle();
    const zoom = await page.evaluate(() => window.__atlas!.zoom());
    const at = atlas.param('at')!.split(',').map(Number);
    expect(Math.abs(at[2]! - zoom)).toBeLessThan(0.01);
    await page.reload();
    await atlas.mapIdle();
    expect(Math.abs((await page.evaluate(() => window.__atlas!.zoom())) - zoom)).toBeLessThan(0.02);
  });

  test('links are written in one order, whatever order the clicks came in', async ({ atlas, page }) => {
    await atlas.open('at=121.6000,39.1000,8.50&lang=zh');
    await page.getByRole('checkbox').first().uncheck();
    await page.getByRole('tab', { name: '园区' }).click();
    await page.getByRole('button', { name: /花园口/ }).click();
    expect(new URL(page.url()).search).toBe("?lang=zh&zone=huayuankou&cluster=new-materials&view=zones&hide=petrochemicals");
  });
});

test.describe('damaged links', () => {
  const cases: { name: string; link: string; notice: RegExp; canonical: string }[] = [
    { name: 'a duplicated zone', link: 'zone=dagushan&zone=huayuankou', notice: /kept “dagushan”/, canonical: '?zone=dagushan' },
    { name: 'a duplicated language', link: 'lang=zh&lang=en', notice: /保留“zh”/, canonical: '?lang=zh' },
    { name: 'an unknown list member', link: 'hide=foo,software', notice: /list was cleaned/, canonical: '?hide=software' },
    { name: '200 repeats of a list member', link: Array.from({ length: 200 }, () => 'hide=software').join('&'), notice: /list was cleaned/, canonical: '?hide=software' },
    { name: 'markup as a filter value', link: 'view=directory&dorigin=<b>x</b>', notice: /“dorigin=<b>x<\/b>” was not understood/, canonical: '?view=directory' },
    { name: 'an unknown filter value', link: 'view=directory&dorigin=Mars', notice: /dorigin=Mars/, canonical: '?view=directory' },
    { name: 'an enterprise without its zone', link: 'ent=intel', notice: /its zone was opened/, canonical: '?zone=development-zone&cluster=electronics&ent=intel' },
    { name: 'an enterprise of another zone', link: 'zone=dagushan&ent=intel', notice: /ent=intel/, canonical: '?zone=dagushan' },
    { name: 'a link of version 1', link: 'view=directory&q=intel', notice: /read as “dq”/, canonical: '?view=directory&dq=intel' },
  ];
  for (const c of cases) {
    test(`${c.name} is mended, said and rewritten`, async ({ atlas, page }) => {
      await atlas.open(c.link);
      const notice = page.getByRole('status').filter({ hasText: /mended|修正/ });
      await expect(notice).toContainText(c.notice);
      await expect(notice.locator('b')).toHaveCount(0);
      await expect.poll(() => new URL(page.url()).search).toBe(c.canonical);
      await notice.getByRole('button', { name: /Dismiss|关闭/ }).click();
      await expect(notice).toBeHidden();
    });
  }

  test('a 6,000-character search is cut with a notice, and the panel keeps its layout', async ({ atlas, page }) => {
    await atlas.open(`view=directory&dq=${'x'.repeat(6000)}`);
    await expect(page.getByRole('status').filter({ hasText: /cut to 200/ })).toBeVisible();
    expect(atlas.param('dq')).toHaveLength(200);
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('.side-sheet__body')!;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    const notice = await page.getByRole('status').filter({ hasText: /cut to 200/ }).boundingBox();
    expect(notice!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test('a 20,000-character link opens (no server error) and is rewritten under 8,000 characters', async ({ atlas, page }) => {
    const junk = Array.from({ length: 400 }, (_, i) => `junk${i}=${'z'.repeat(30)}`).join('&');
    await atlas.open(`zone=huayuankou&${junk}`);
    expect(page.url().length).toBeLessThan(8000);
    await expect(atlas.zonePanel('Dalian Huayuankou Economic Zone')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /mended/ })).toBeVisible();
  });
});
