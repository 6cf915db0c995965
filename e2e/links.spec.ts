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
    // One page per language; each cluster chosen in turn from the legend (from the overview, then from another cluster).
    const byLang = { '': ['petrochemicals', 'new-materials', 'electronics'], 'lang=zh': ['software', 'automotive'] };
    for (const [query, ids] of Object.entries(byLang)) {
      await atlas.open(query);
      for (const id of ids) {
      await page.locator(`.legend li[data-cluster="${id}"] .legend__name`).click();
      await expect(page.locator(`section[data-cluster="${id}"]`)).toBeVisible();
      const heading = await page.locator(`section[data-cluster="${id}"] h2`).innerText();
      const url = page.url();
      expect(new URL(url).searchParams.get('cluster')).toBe(id);
      await other.goto(url);
      await expect(other.locator(`section[data-cluster="${id}"] h2`)).toHaveText(heading);
      expect(other.url()).toBe(url);
      }
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
    { name: 'a duplicated zone', link: 'zone=dagushan&zone=huayuankou', notice: /“zone” appeared more than once: kept “dagushan”, left out “huayuankou”/, canonical: '?zone=dagushan&cluster=petrochemicals' },
    { name: 'a duplicated language', link: 'lang=zh&lang=en', notice: /保留“zh”/, canonical: '?lang=zh' },
    { name: 'an unknown list member', link: 'hide=foo,software', notice: /list was cleaned/, canonical: '?hide=software' },
    { name: '200 repeats of a list member', link: Array.from({ length: 200 }, () => 'hide=software').join('&'), notice: /list was cleaned/, canonical: '?hide=software' },
    { name: 'markup as a filter value', link: 'view=directory&dorigin=<b>x</b>', notice: /“dorigin=<b>x<\/b>” was not understood/, canonical: '?view=directory' },
    { name: 'an unknown filter value', link: 'view=directory&dorigin=Mars', notice: /dorigin=Mars/, canonical: '?view=directory' },
    { name: 'an enterprise without its zone', link: 'ent=intel', notice: /its zone was opened/, canonical: '?zone=development-zone&cluster=electronics&ent=intel' },
    { name: 'chart=1 with nothing to chart', link: 'chart=1', notice: /“chart=1” shows the chart of a zone or a cluster large, and this link opens neither/, canonical: '' },
    { name: 'kiosk=1 without a tour', link: 'lang=zh&kiosk=1', notice: /“kiosk=1” 用于自动播放导览，而此链接未打开导览/, canonical: '?lang=zh' },
    { name: 'a tour that cannot be read', link: 'tour=1&tourdata=garbage', notice: /“tourdata=garbage” is not a tour the atlas can read/, canonical: '' },
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

  test('an enterprise of another zone is named with its zone, which one click opens', async ({ atlas, page }) => {
    await atlas.open('zone=dagushan&ent=intel');
    const notice = page.getByRole('status').filter({ hasText: /mended/ });
    await expect(notice).toContainText('“ent=intel” is Intel (Fab 68, Dalian), a company of the Dalian Economic and Technological Development Zone, not of this zone');
    await expect(notice).not.toContainText('not understood');
    await expect.poll(() => new URL(page.url()).search).toBe('?zone=dagushan&cluster=petrochemicals');
    await notice.getByRole('button', { name: 'Open Dalian Economic and Technological Development Zone' }).click();
    await expect(atlas.zonePanel('Dalian Economic and Technological Development Zone')).toBeVisible();
    expect(new URL(page.url()).search).toBe('?zone=development-zone&cluster=electronics&ent=intel');
    await expect(notice).toBeHidden();
    // A step of its own: Back returns to the zone the link opened.
    await page.goBack();
    await expect(atlas.zonePanel('Dagushan Petrochemical Industrial Park')).toBeVisible();
  });

  test('a zone’s link without its cluster tab becomes the link a click writes, without a notice', async ({ atlas, page }) => {
    await atlas.open('zone=huayuankou&hide=software');
    await expect.poll(() => new URL(page.url()).search).toBe('?zone=huayuankou&cluster=new-materials&hide=software');
    await expect(page.locator('.url-notice')).toHaveCount(0);
  });

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

// The notices of issue 16, item 10, in both languages at 1280×720, to look at (not asserted):
// LINK_SCREENSHOTS=/some/folder E2E_PORT=… npx playwright test e2e/links.spec.ts -g "notice screenshots"
test.describe('link notice screenshots', () => {
  test.skip(!process.env.LINK_SCREENSHOTS, 'set LINK_SCREENSHOTS to a folder to save screenshots');
  test('each new notice, in English and Chinese', async ({ atlas, page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const links = {
      'other-zone': 'zone=dagushan&ent=intel',
      duplicate: 'zone=dagushan&zone=huayuankou',
      'chart-alone': 'chart=1',
      'kiosk-alone': 'kiosk=1',
      'bad-tour': 'tour=1&tourdata=garbage',
    };
    for (const lang of ['en', 'zh'] as const)
      for (const [name, link] of Object.entries(links)) {
        await atlas.open(lang === 'zh' ? `lang=zh&${link}` : link);
        await expect(page.locator('.url-notice')).toBeVisible();
        await page.screenshot({ path: `${process.env.LINK_SCREENSHOTS}/notice-${name}-${lang}-1280x720.png` });
      }
  });
});
