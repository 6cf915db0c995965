import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';

/** The zones of the data (ids are open: never a list in code). */
const ZONE_IDS = (JSON.parse(readFileSync('public/data/zones.json', 'utf8')) as { id: string; clusterIds: string[] }[])
  // The zones of the plan's clusters, whose brief holds a chart. The catalogue's other zones (no
  // cluster, no figure) print a brief without one, not checked here yet.
  .filter((z) => z.clusterIds.length > 0)
  .map((z) => z.id);

mkdirSync('screenshots', { recursive: true });

/** Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** 7 pt in CSS px (96 px to the inch, 72 pt to the inch). */
const PT7 = (7 * 96) / 72;

/** The brief of every zone, in both languages, prints on one page of A4 and one of US Letter. */
for (const lang of ['en', 'zh'] as const) {
  for (const zone of ZONE_IDS) {
    test(`the brief of ${zone} (${lang}) prints on one page of A4 and of Letter`, async ({ atlas, page }) => {
      // Two PDFs of a page with a map, on a software renderer.
      test.slow();
      await atlas.open(`zone=${zone}${lang === 'zh' ? '&lang=zh' : ''}`);
      await expect(page.locator('figure.progress-chart svg.recharts-surface').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-print-brief', 'ready');
      await atlas.mapIdle();
      // What the page holds while it prints (this listener runs after the app's own).
      await page.evaluate(() =>
        addEventListener('beforeprint', () => {
          const brief = document.querySelector<HTMLElement>('.print-brief');
          const map = brief?.querySelector('canvas');
          (window as unknown as { printed: unknown }).printed = {
            text: brief?.textContent ?? '',
            map: map ? map.width : 0,
            chart: brief?.querySelectorAll('.print-brief__chart text').length ?? 0,
            // The inset's labels as printed: the computed size times the zoom that fits the page.
            labels: Array.from(brief?.querySelectorAll<HTMLElement>('.print-brief__map-label') ?? []).map(
              (el) => parseFloat(getComputedStyle(el).fontSize) * ((el as unknown as { currentCSSZoom?: number }).currentCSSZoom ?? 1),
            ),
            qr: brief?.querySelectorAll('.print-brief__qr path').length ?? 0,
            rootShown: getComputedStyle(document.getElementById('root')!).display,
          };
        }),
      );
      const a4 = await page.pdf({ format: 'A4', printBackground: true });
      const letter = await page.pdf({ format: 'Letter', printBackground: true });
      expect(pageCount(a4), 'A4 pages').toBe(1);
      expect(pageCount(letter), 'Letter pages').toBe(1);
      const printed = await page.evaluate(() => (window as unknown as { printed: { text: string; map: number; chart: number; qr: number; labels: number[] } }).printed);
      const names = await page.evaluate(async (id) => {
        const zones = (await (await fetch('data/zones.json')).json()) as { id: string; name: { en: string; zh: string } }[];
        return zones.find((z) => z.id === id)!.name;
      }, zone);
      expect(printed.text).toContain(names.en);
      expect(printed.text).toContain(names.zh);
      expect(printed.text).toContain(lang === 'zh' ? '龙头企业' : 'Anchor enterprise');
      expect(printed.text).toContain(lang === 'zh' ? '出处' : 'Sources');
      expect(printed.map, 'the map picture').toBeGreaterThan(0);
      expect(printed.chart, 'the chart').toBeGreaterThan(3);
      expect(printed.labels.length, 'the inset labels the zone').toBeGreaterThan(0);
      expect(Math.min(...printed.labels), 'inset labels of at least 7 pt').toBeGreaterThanOrEqual(PT7);
      expect(printed.qr, 'the QR code').toBe(1);
      if (zone === 'dagushan') writeFileSync(`screenshots/brief-${zone}-${lang}.pdf`, a4);
    });
  }
}

/**
 * The overview has a brief too: in print media, the page shows it instead of the cropped screen,
 * with the city's indicators, the five clusters, the map with labels of at least 7 pt and the
 * sources, on one page of A4 and of Letter.
 */
for (const lang of ['en', 'zh'] as const) {
  test(`the overview (${lang}) prints its one-page brief`, async ({ atlas, page }) => {
    test.slow();
    await atlas.open(lang === 'zh' ? 'lang=zh' : '');
    await expect(page.locator('html')).toHaveAttribute('data-print-brief', 'ready');
    await atlas.mapIdle();
    const clusters = await page.evaluate(async () => (await (await fetch('data/clusters.json')).json()) as { name: { en: string; zh: string } }[]);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const brief = page.locator('.print-brief');
    await expect(brief).toBeVisible();
    await expect(page.locator('#root')).toBeHidden();
    await expect(brief.locator('h1')).toHaveText(lang === 'zh' ? '大连产业集群地图' : 'Dalian Cluster Atlas');
    await expect(brief).toContainText(lang === 'zh' ? '全市指标' : 'city indicators');
    for (const c of clusters) await expect(brief).toContainText(c.name[lang]);
    await expect(brief).toContainText(lang === 'zh' ? '出处' : 'Sources');
    expect(await brief.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width), 'the map picture').toBeGreaterThan(0);
    const labels = await brief.locator('.print-brief__map-label').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize) * ((el as unknown as { currentCSSZoom?: number }).currentCSSZoom ?? 1) })),
    );
    expect(labels.length, 'zones labelled on the inset').toBeGreaterThan(2);
    for (const l of labels) expect(l.px, `inset label “${l.text}” in print`).toBeGreaterThanOrEqual(PT7);
    await page.screenshot({ path: `screenshots/brief-overview-${lang}.png`, fullPage: true });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(brief).toHaveCount(0);

    const a4 = await page.pdf({ format: 'A4', printBackground: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    expect(pageCount(a4), 'A4 pages').toBe(1);
    expect(pageCount(letter), 'Letter pages').toBe(1);
    writeFileSync(`screenshots/brief-overview-${lang}.pdf`, a4);
  });
}

/**
 * A zone of the 2018 catalogue that no source links to a cluster (issue 15, point 3) prints its brief
 * too: names in both languages, its catalogue record (code, level, approved area, leading industries),
 * its map inset and its sources, with no chart and no empty list of companies, on one page.
 */
const CATALOGUE_ONLY = ((JSON.parse(readFileSync('public/data/zones.json', 'utf8')) as { id: string }[]).map((z) => JSON.parse(readFileSync(`public/data/zones/${z.id}.json`, 'utf8'))) as {
  id: string;
  clusterIds: string[];
  name: { en: string; zh: string };
  catalogue?: { code: string; industries: { en: string | null; zh: string }[] };
}[]).find((z) => z.catalogue && z.clusterIds.length === 0)!;
for (const lang of ['en', 'zh'] as const) {
  test(`the brief of a catalogue zone in no cluster, ${CATALOGUE_ONLY.id} (${lang}), prints its record on one page`, async ({ atlas, page }) => {
    test.slow();
    await atlas.open(`zone=${CATALOGUE_ONLY.id}${lang === 'zh' ? '&lang=zh' : ''}`);
    await expect(page.locator('html')).toHaveAttribute('data-print-brief', 'ready');
    await atlas.mapIdle();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const brief = page.locator('.print-brief');
    await expect(brief).toBeVisible();
    await expect(brief).toContainText(CATALOGUE_ONLY.name.en);
    await expect(brief).toContainText(CATALOGUE_ONLY.name.zh);
    await expect(brief).toContainText(CATALOGUE_ONLY.catalogue!.code);
    await expect(brief).toContainText(lang === 'zh' ? '核准面积' : 'Approved area');
    const industry = CATALOGUE_ONLY.catalogue!.industries[0]!;
    await expect(brief).toContainText(lang === 'zh' ? industry.zh : (industry.en ?? industry.zh));
    await expect(brief).toContainText(lang === 'zh' ? '出处' : 'Sources');
    await expect(brief).not.toContainText(lang === 'zh' ? '龙头企业（0' : 'Anchor enterprises (0)');
    expect(await brief.locator('.print-brief__chart svg').count(), 'no chart: the zone is in no cluster').toBe(0);
    expect(await brief.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width), 'the map picture').toBeGreaterThan(0);
    await page.screenshot({ path: `screenshots/brief-${CATALOGUE_ONLY.id}-${lang}.png`, fullPage: true });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    const a4 = await page.pdf({ format: 'A4', printBackground: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    expect(pageCount(a4), 'A4 pages').toBe(1);
    expect(pageCount(letter), 'Letter pages').toBe(1);
  });
}
