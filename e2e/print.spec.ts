import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';

/** The zones of the data (ids are open: never a list in code). */
const ZONE_IDS = (JSON.parse(readFileSync('public/data/zones.json', 'utf8')) as { id: string }[]).map((z) => z.id);

mkdirSync('screenshots', { recursive: true });

/** Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** The brief of every zone, in both languages, prints on one page of A4 and one of US Letter. */
for (const lang of ['en', 'zh'] as const) {
  for (const zone of ZONE_IDS) {
    test(`the brief of ${zone} (${lang}) prints on one page of A4 and of Letter`, async ({ atlas, page }) => {
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
            qr: brief?.querySelectorAll('.print-brief__qr path').length ?? 0,
            rootShown: getComputedStyle(document.getElementById('root')!).display,
          };
        }),
      );
      const a4 = await page.pdf({ format: 'A4', printBackground: true });
      const letter = await page.pdf({ format: 'Letter', printBackground: true });
      expect(pageCount(a4), 'A4 pages').toBe(1);
      expect(pageCount(letter), 'Letter pages').toBe(1);
      const printed = await page.evaluate(() => (window as unknown as { printed: { text: string; map: number; chart: number; qr: number } }).printed);
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
      expect(printed.qr, 'the QR code').toBe(1);
      if (zone === 'dagushan') writeFileSync(`screenshots/brief-${zone}-${lang}.pdf`, a4);
    });
  }
}
