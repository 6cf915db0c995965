import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

mkdirSync('screenshots', { recursive: true });

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking its signature. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** The texts of an SVG file, parsed as XML by the browser (an error if it is not well-formed). */
async function svgTexts(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('not well-formed SVG');
    return { title: doc.querySelector('svg > title')?.textContent ?? '', texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '') };
  }, svg);
}

test('the progress chart downloads as a landscape PNG (2x, at least 1200 px wide) and as SVG with its title, labels, key and sources', async ({ atlas, page }) => {
  await atlas.open('zone=dagushan&lang=zh');
  const chart = page.locator('figure.progress-chart');
  await expect(chart.locator('.progress-chart__labels text').first()).toBeVisible();
  const title = (await chart.locator('figcaption').textContent())!;
  const labels = await chart.locator('.progress-chart__labels text').allTextContents();
  expect(labels.length).toBeGreaterThan(1);

  const png = await download(page, () => chart.getByRole('button', { name: '下载图表（PNG）' }).click());
  expect(png.name).toBe('dalian-atlas-petrochemicals-progress-zh.png');
  const size = pngSize(png.bytes);
  expect(size.width).toBeGreaterThanOrEqual(1200);
  expect(size.width % 2).toBe(0);
  // Landscape, for a slide: the key beside the plot, not a column of legend under it.
  expect(size.width, 'the chart PNG is landscape').toBeGreaterThan(size.height);
  writeFileSync('screenshots/chart-zh.png', png.bytes);

  const svg = await download(page, () => chart.getByRole('button', { name: '下载图表（SVG）' }).click());
  expect(svg.name).toBe('dalian-atlas-petrochemicals-progress-zh.svg');
  const { title: svgTitle, texts } = await svgTexts(page, svg.bytes.toString('utf8'));
  expect(svgTitle).toBe(title);
  expect(texts).toContain(title);
  for (const label of labels) expect(texts).toContain(label);
  expect(texts.join(' ')).toContain('亿元');
  expect(texts.some((t) => t.startsWith('来源：'))).toBe(true);
});

test('the comparison chart of the overview downloads as SVG with its title and bar labels', async ({ atlas, page }) => {
  await atlas.open();
  const chart = page.locator('figure.cluster-comparison-chart');
  await expect(chart.locator('.recharts-label-list text').first()).toBeVisible();
  const labels = (await chart.locator('.recharts-label-list text').allTextContents()).filter(Boolean);
  const svg = await download(page, () => chart.getByRole('button', { name: 'Download chart (SVG)' }).click());
  const { title, texts } = await svgTexts(page, svg.bytes.toString('utf8'));
  expect(title).toBe('Baseline and target of each cluster');
  for (const label of labels) expect(texts).toContain(label);
  expect(texts.some((t) => t.startsWith('Sources:'))).toBe(true);
});

/** One file name per view (a second download never overwrites the first; share-map-actions.test.ts), each at 2×. */
const MAP_VIEWS = [
  ['zone=dagushan&lang=zh', 'dalian-atlas-dagushan-zh.png'],
  ['cluster=automotive&lang=zh', 'dalian-atlas-automotive-zh.png'],
  ['', 'dalian-atlas-overview-en.png'],
] as const;
for (const [query, expected] of MAP_VIEWS) {
  test(`the map of ${query || 'the overview'} downloads as ${expected}: a 2× PNG of the view with the legend, scale and attribution band`, async ({ atlas, page }) => {
    test.slow();
    await atlas.open(query);
    const canvas = await page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => ({ width: c.clientWidth, height: c.clientHeight, dpr: devicePixelRatio }));
    expect(canvas.dpr, 'the page itself is at 1×').toBe(1);
    await page.getByRole('banner').getByRole('button', { name: /分享|Share/ }).click();
    const dialog = page.getByRole('dialog');
    const png = await download(page, () => dialog.getByRole('button', { name: /下载地图（PNG）|Download map \(PNG\)/ }).click());
    expect(png.name).toBe(expected);
    // Read from the file's own header: twice the map's CSS size, plus the title band.
    const size = pngSize(png.bytes);
    expect(size.width).toBe(canvas.width * 2);
    expect(size.height).toBeGreaterThan(canvas.height * 2);
    // The map's pixels are in it (a blank WebGL read would be a tiny, flat PNG).
    expect(png.bytes.length).toBeGreaterThan(100_000);
    writeFileSync(`screenshots/${expected}`, png.bytes);
    // Back at the screen's resolution once the picture is taken.
    expect(await page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => c.width)).toBe(canvas.width);
  });
}
