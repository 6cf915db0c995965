/* global window */
// Saves screenshots of every screen to screenshots/ so they can be looked at as a presenter would.
// Usage: npm run build:test && npx vite preview --outDir dist-test --port 4173 & node scripts/screenshots.mjs
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
await browser.close();
console.log(`Saved ${screens.length + 6 + 11 + 12} screenshots in ${out}/`);
