/* global window */
// Saves screenshots of every screen to screenshots/ so they can be looked at as a presenter would.
// Usage: npm run build:test && npx vite preview --outDir dist-test --port 4173 & node scripts/screenshots.mjs
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
await browser.close();
console.log(`Saved ${screens.length + 6} screenshots in ${out}/`);
