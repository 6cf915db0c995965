import { chromium } from '@playwright/test';
const port = process.argv[2] ?? '4177';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--enable-unsafe-swiftshader','--disable-background-networking'] });
for (let run = 0; run < 4; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof window.__atlas?.waitForIdle === 'function');
  await page.evaluate(() => window.__atlas.waitForIdle());
  const out = await page.evaluate(() => {
    const first = {};
    for (const m of performance.getEntriesByType('mark')) if (!(m.name in first)) first[m.name] = Math.round(m.startTime);
    const res = {};
    for (const r of performance.getEntriesByType('resource')) { const n = r.name.split('/').pop().replace(/-[\w-]{8}\./, '.'); res[n] = Math.round(r.responseEnd); }
    return { marks: first, idle: Math.round(performance.now()), sidebar: res['sidebar.js'], progress: res['progress.js'] };
  });
  if (run) console.log(JSON.stringify(out));
  await ctx.close();
}
await browser.close();
