/* global window */
// Saves screenshots of every screen to screenshots/ so they can be looked at as a presenter would.
// Usage: npm run build:test && npx vite preview --outDir dist-test --port 4173 & node scripts/screenshots.mjs
// (ATLAS_URL=http://127.0.0.1:PORT/ for another port; SHOTS=issue16 or SHOTS=reach for one set only)
// (the presentation's screens too; they were a skipped spec, e2e/tour-screens.spec.ts, that CI never ran)
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const base = process.env.ATLAS_URL ?? 'http://127.0.0.1:4173/';
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(executablePath) ? executablePath : undefined,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--enable-unsafe-swiftshader'],
});

const screens = [
  ['overview-en', ''],
  ['overview-zh', 'lang=zh'],
  ['zone-dagushan', 'zone=dagushan'],
  ['zone-high-tech-zone', 'zone=high-tech-zone'],
  ['zone-huayuankou', 'zone=huayuankou'],
  ['zone-development-zone', 'zone=development-zone&cluster=electronics'],
  ['zone-bonded-area', 'zone=bonded-area'],
  ['zone-dagushan-zh', 'zone=dagushan&lang=zh'],
  ['cluster-automotive', 'cluster=automotive'],
  ['directory', 'view=directory'],
  ['zones-list', 'view=zones'],
  ['bad-link', 'zone=atlantis'],
];
const sizes = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };

async function shoot(name, query, size, scrollTo = null) {
  const page = await browser.newPage({ viewport: sizes[size], reducedMotion: 'reduce', hasTouch: size === 'phone' });
  await page.goto(`${base}?${query}`);
  await page.waitForFunction(() => window.__atlas);
  await page.evaluate(() => window.__atlas.waitForIdle());
  await page.waitForTimeout(500);
  if (scrollTo) await page.locator(scrollTo).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}

// SHOTS=issue15: the first screen at four sizes in both languages, Changxing Island's and the Development Zone's panels.
if (process.env.SHOTS === 'issue15') {
  const sizes15 = { '1280': { width: 1280, height: 720 }, '1440': { width: 1440, height: 900 }, '1920': { width: 1920, height: 1080 }, phone: { width: 390, height: 844 } };
  for (const [size, viewport] of Object.entries(sizes15))
    for (const lang of ['en', 'zh']) {
      const page = await browser.newPage({ viewport, reducedMotion: 'reduce', hasTouch: size === 'phone' });
      await page.goto(`${base}?${lang === 'zh' ? 'lang=zh' : ''}`);
      await page.waitForFunction(() => window.__atlas);
      await page.evaluate(() => window.__atlas.waitForIdle());
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${out}/i15-first-${size}-${lang}.png` });
      await page.close();
    }
  for (const [name, query] of [['i15-changxing-1280', 'zone=changxing-island'], ['i15-development-zone-1280', 'zone=development-zone&cluster=electronics'], ['i15-development-zone-1920-zh', 'lang=zh&zone=development-zone&cluster=electronics']]) {
    const viewport = name.includes('1920') ? { width: 1920, height: 1080 } : { width: 1280, height: 720 };
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
    await page.goto(`${base}?${query}`);
    await page.waitForFunction(() => window.__atlas);
    await page.evaluate(() => window.__atlas.waitForIdle());
    await page.locator('.zones-facts').first().waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${name}.png` });
    // The panel's whole length, as a reader scrolls it.
    const panel = page.locator('[data-zone]').first();
    await panel.screenshot({ path: `${out}/${name}-panel.png` });
    await page.close();
  }
  await browser.close();
  console.log(`Saved issue 15's screenshots in ${out}/`);
  process.exit(0);
}

// SHOTS=reach: a zone's reach, in its panel and drawn on the map, at two projector sizes and on a phone.
if (process.env.SHOTS === 'reach') {
  const at = async (name, query, viewport, scroll) => {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce', hasTouch: viewport.width < 700 });
    await page.goto(`${base}?${query}`);
    await page.waitForFunction(() => window.__atlas);
    await page.evaluate(() => window.__atlas.waitForIdle());
    await page.waitForTimeout(500);
    if (scroll) await page.locator('[data-testid="zone-reach"]').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${out}/${name}.png` });
    await page.close();
  };
  await at('reach-panel-1280', 'zone=high-tech-zone&cluster=software', { width: 1280, height: 720 }, true);
  await at('reach-map-1280', 'zone=high-tech-zone&cluster=software&reach=1', { width: 1280, height: 720 }, true);
  await at('reach-map-1920-zh', 'lang=zh&zone=changxing-island&reach=1', { width: 1920, height: 1080 }, true);
  await at('reach-map-phone', 'zone=dagushan&cluster=petrochemicals&reach=1', { width: 390, height: 844 }, false);
  await browser.close();
  console.log(`Saved the reach screenshots in ${out}/`);
  process.exit(0);
}

// SHOTS=issue16 saves only what issue 16's closing note describes (shootIssue16, below).
if (process.env.SHOTS === 'issue16') {
  await shootIssue16();
  await browser.close();
  console.log(`Saved issue 16's screenshots in ${out}/`);
  process.exit(0);
}
for (const [name, query] of screens) await shoot(name, query, 'desktop');
await shoot('chart-dagushan', 'zone=dagushan', 'desktop', '.progress-chart');
await shoot('chart-software', 'zone=high-tech-zone', 'desktop', '.progress-chart');
await shoot('chart-new-materials', 'zone=huayuankou', 'desktop', '.progress-chart');
await shoot('chart-comparison', '', 'desktop', '.city-overview > :last-child');
await shoot('phone-overview', '', 'phone');
await shoot('phone-zone', 'zone=huayuankou', 'phone');

/** The presentation: three steps, the QR code and the keys at two projector sizes, and a step on a phone. */
async function shootTour(width, height) {
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
  await page.goto(`${base}?tour=1`);
  await page.waitForFunction(() => window.__atlas);
  for (const n of [1, 3, 6]) {
    if (n > 1) {
      await page.keyboard.type(String(n));
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('tour-counter').filter({ hasText: `${n} /` }).waitFor();
    await page.evaluate(() => window.__atlas.waitForIdle());
    await page.screenshot({ path: `${out}/tour-${width}-step${n}.png` });
  }
  await page.keyboard.press('q');
  await page.screenshot({ path: `${out}/tour-${width}-qr.png` });
  await page.keyboard.press('q');
  await page.keyboard.press('?');
  await page.screenshot({ path: `${out}/tour-${width}-keys.png` });
  await page.close();
}
await shootTour(1920, 1080);
await shootTour(1280, 720);
await shoot('tour-phone-step2-zh', 'tour=2&lang=zh', 'phone');

/** The share menu, from the header (overview) and from a zone panel, in both languages at three sizes. */
for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
  for (const lang of ['en', 'zh']) {
    for (const where of ['header', 'zone']) {
      const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce' });
      await page.goto(`${base}?${[where === 'zone' ? 'zone=dagushan' : '', lang === 'zh' ? 'lang=zh' : ''].filter(Boolean).join('&')}`);
      await page.waitForFunction(() => window.__atlas);
      await page.evaluate(() => window.__atlas.waitForIdle());
      const button = where === 'header'
        ? page.getByRole('banner').getByRole('button', { name: /^(Share this view|分享此视图)/ })
        : page.getByRole('complementary').getByRole('button', { name: /^(Share|分享)/ }).first();
      await button.click();
      await page.getByRole('dialog').waitFor();
      await page.screenshot({ path: `${out}/share-${where}-${lang}-${size.width}x${size.height}.png` });
      await page.close();
    }
  }
}
/**
 * What issue 16's closing note describes: the embed in a host page at its snippet's size and at
 * 400×300, tour steps 1 and 7 entered from Present at two projector sizes in both languages, the map at
 * the two camera links of item 7, the chart PNG and the overview's printed brief.
 */
async function shootIssue16() {
  for (const [w, h] of [[800, 600], [400, 300]]) {
    const page = await browser.newPage({ viewport: { width: w + 40, height: h + 120 }, reducedMotion: 'reduce' });
    await page.goto(`${base}?lang=en`);
    await page.setContent(`<h1 style="font:16px sans-serif">A host page</h1><iframe title="Dalian Cluster Atlas" src="${base}?zone=dagushan&embed=1" width="${w}" height="${h}" style="border:1px solid #999"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.locator('section[data-zone="dagushan"], .embed-panel, body').first().waitFor();
    await page.waitForTimeout(4000);
    await page.screenshot({ path: `${out}/i16-embed-${w}x${h}.png` });
    await page.close();
  }
  for (const [w, h] of [[1280, 720], [1920, 1080]]) {
    for (const lang of ['en', 'zh']) {
      const page = await browser.newPage({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
      await page.goto(`${base}?${lang === 'zh' ? 'lang=zh' : ''}`);
      await page.waitForFunction(() => window.__atlas);
      await page.evaluate(() => window.__atlas.waitForIdle());
      await page.getByRole('button', { name: lang === 'zh' ? '演示导览' : 'Present a tour' }).click();
      await page.getByRole('button', { name: lang === 'zh' ? /^内置导览/ : /^Built-in tour/ }).click();
      for (let n = 1; n <= 7; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await page.getByTestId('tour-counter').filter({ hasText: `${n} /` }).waitFor();
        await page.evaluate(() => window.__atlas.waitForIdle());
        if (n === 1 || n === 7) await page.screenshot({ path: `${out}/i16-tour-${w}-${lang}-step${n}.png` });
      }
      await page.close();
    }
  }
  await shoot('i16-at-6.5', 'at=121.8,39.6,6.5', 'desktop');
  await shoot('i16-at-14', 'at=121.63,38.92,14', 'desktop');
  const page = await browser.newPage({ viewport: sizes.desktop, reducedMotion: 'reduce' });
  await page.goto(`${base}?zone=dagushan`);
  await page.waitForFunction(() => window.__atlas);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('figure.progress-chart').getByRole('button', { name: 'Download chart (PNG)' }).click()]);
  await download.saveAs(`${out}/i16-chart.png`);
  await page.goto(`${base}`);
  await page.waitForFunction(() => window.__atlas);
  await page.evaluate(() => window.__atlas.waitForIdle());
  await page.locator('html[data-print-brief="ready"]').waitFor({ state: 'attached' });
  await page.pdf({ path: `${out}/i16-overview-brief.pdf`, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${out}/i16-overview-brief.png`, fullPage: true });
  await page.close();
}

await shootIssue16();
await browser.close();
console.log(`Saved ${screens.length + 6 + 11 + 12 + 15} screenshots in ${out}/`);
