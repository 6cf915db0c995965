import Papa from 'papaparse';
import { test, expect } from './support/fixtures';
import { ShareDriver } from './support/share-driver';
import { ZONES as DATA_ZONES } from './support/data';

// Issue 16, item 3: every CSV the atlas offers (the whole dataset, each zone's, each cluster's), in
// both languages, read cell by cell: a bilingual text written as "[object Object]" fails.

// Read from the data: the zones of the plan's clusters (the ones with figures) and every cluster.
const ZONES = DATA_ZONES.filter((z) => z.clusterIds.length > 0).map((z) => z.id);
const CLUSTERS = [...new Set(DATA_ZONES.flatMap((z) => z.clusterIds))];

test('every CSV download, in English and in Chinese, holds text in every cell, never an object', async ({ page }) => {
  // 22 downloads in one page; generous for a machine shared by many test runs.
  test.setTimeout(480_000);
  const share = new ShareDriver(page);
  const views = [
    { query: '', file: 'all', button: /^(Download all figures \(CSV\)|下载全部数据（CSV）)$/ },
    ...[...ZONES.map((z) => `zone=${z}`), ...CLUSTERS.map((c) => `cluster=${c}`)].map((query) => ({
      query,
      file: query.split('=')[1]!,
      button: /^(Download figures \(CSV\)|下载数据（CSV）)$/,
    })),
  ];
  let notes = 0;
  for (const lang of ['en', 'zh'] as const) {
    for (const view of views) {
      // One page load: each view is reached as Back and Forward reach it (the link changes, the page stays).
      const query = [lang === 'zh' ? 'lang=zh' : '', view.query].filter(Boolean).join('&');
      if (page.url() === 'about:blank') await page.goto(`/?${query}`);
      else
        await page.evaluate((q) => {
          window.history.pushState(null, '', `/?${q}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, query);
      await share.headerButton().click();
      await expect(share.dialog()).toBeVisible({ timeout: 60_000 });
      const { fileName, bytes } = await share.download(view.button);
      expect(fileName).toBe(`dalian-atlas-${view.file}-figures-${lang}.csv`);
      const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      expect(parsed.errors, fileName).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(rows.length, fileName).toBeGreaterThan(0);
      for (const [r, row] of parsed.data.entries()) {
        expect(row, `${fileName} row ${r}`).toHaveLength(header!.length);
        for (const [c, cell] of row.entries()) expect(cell, `${fileName} row ${r}, ${header![c]}`).not.toContain('[object');
      }
      await page.keyboard.press('Escape');
      await expect(share.dialog()).toBeHidden();
      const note = header!.indexOf(lang === 'zh' ? '备注' : 'note');
      expect(note, `${fileName} has a note column`).toBeGreaterThanOrEqual(0);
      notes += rows.filter((row) => row[note] !== '').length;
    }
  }
  // The notes are there, as words: a file that dropped them would pass the check above.
  expect(notes).toBeGreaterThan(100);
});
