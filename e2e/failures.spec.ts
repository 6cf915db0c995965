import type { Page, Route } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { AtlasDriver } from './support/atlas-driver';
import { ZONES } from './support/data';

/**
 * Every data and basemap file, served broken on purpose: missing, slow, cut short, not JSON, or valid
 * JSON that breaks the schema or the cross-references. Each case ends in a clear message in the current
 * language and a working app, and a retry that works once the file is back. The list is in
 * docs/failure-cases.md. One page load per case.
 */

// Chromium logs each resource answered with an error status itself; the app logs nothing (see fixtures.ts).
test.use({ allowedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/] });

type Mode = 'missing' | 'slow' | 'truncated' | 'not-json' | 'schema' | 'references';
type DataFile = 'zones' | 'outlines' | 'clusters' | 'figures' | 'enterprises' | 'sources';
const FILE_NAME: Record<DataFile, string> = {
  zones: 'zones.json',
  outlines: 'zone-outlines.geojson',
  clusters: 'clusters.json',
  figures: 'figures.json',
  enterprises: 'enterprises.json',
  sources: 'sources.json',
};

/** Serves `path` broken until `restore()` is called; from then on the real file. */
async function breakFile(page: Page, path: string, mode: Mode, mangle?: (json: unknown) => unknown) {
  let broken = true;
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  const handler = async (route: Route) => {
    if (!broken) return route.fallback();
    if (mode === 'missing') return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    if (mode === 'slow') {
      // Held until the test has seen the rest of the page work (at most 20 s), then answered.
      await Promise.race([released, new Promise((r) => setTimeout(r, 20_000))]);
      return route.fallback();
    }
    if (mode === 'not-json') return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Gateway</title><p>Please log in</p>' });
    const response = await route.fetch();
    const text = await response.text();
    if (mode === 'truncated') return route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
    return route.fulfill({ response, body: JSON.stringify(mangle!(JSON.parse(text))) });
  };
  await page.route(`**/${path}`, handler);
  return {
    restore: () => {
      broken = false;
      release();
    },
  };
}

type Rec = Record<string, unknown>;
/** Valid JSON, wrong shape: the first record's id is not an id (the outlines: its zone id is not a slug). */
const breakSchema = (json: unknown) => {
  if (Array.isArray(json)) return [{ ...(json[0] as Rec), id: 'Not An Id' }, ...json.slice(1)];
  const fc = json as { features: { properties: Rec }[] };
  return { ...fc, features: [{ ...fc.features[0], properties: { ...fc.features[0]!.properties, zoneId: 'Not An Id' } }, ...fc.features.slice(1)] };
};
/**
 * Valid JSON and schema, but the first record cites a source that does not exist (a zone of the
 * first screen's index, which carries no sources, names a cluster that does not exist).
 */
const breakReferences = (json: unknown) => {
  const [first, ...rest] = json as Rec[];
  const broken = 'sourceId' in first! ? { sourceId: 'no-such-source' } : 'sourceIds' in first! ? { sourceIds: ['no-such-source'] } : { clusterIds: ['no-such-cluster'] };
  return [{ ...first, ...broken }, ...rest];
};
const DANGLING: Record<'figures' | 'enterprises' | 'zones', string> = {
  figures: 'cites unknown source "no-such-source"',
  enterprises: 'cites unknown source "no-such-source"',
  zones: 'names unknown cluster "no-such-cluster"',
};

const REASON = {
  en: { missing: 'answered HTTP 404', truncated: 'is not valid JSON', 'not-json': 'is not valid JSON', schema: 'does not have the expected format', references: 'names records that do not exist' },
  zh: { missing: '返回 HTTP 404', truncated: '不是有效的 JSON', 'not-json': '不是有效的 JSON', schema: '格式不符合要求', references: '引用了不存在的记录' },
} as const;

/** Where each file's dependants show, what still works without it, and what comes back after the retry. */
const PROBE: Record<DataFile, { query: string; stillWorks: (a: AtlasDriver, lang: 'en' | 'zh') => Promise<void>; back: (a: AtlasDriver, lang: 'en' | 'zh') => Promise<void> }> = {
  zones: {
    query: 'view=zones',
    stillWorks: async (a, lang) => {
      // The basemap and the legend; the overview's figures.
      await expect(a.page.locator('.legend--floating')).toBeVisible();
      await a.panel().getByRole('tab', { name: lang === 'en' ? 'Overview' : '概览' }).click();
      await expect(a.panel().locator('.figure-value').first()).toBeVisible();
      await a.panel().getByRole('tab', { name: lang === 'en' ? 'Zones' : '园区' }).click();
    },
    back: async (a) => {
      await expect(a.panel().getByRole('button', { name: /Dagushan|大孤山/ })).toBeVisible();
    },
  },
  outlines: {
    query: 'zone=dagushan',
    stillWorks: async (a) => {
      await expect(a.zonePanel(/Dagushan|大孤山/)).toBeVisible();
      await expect(a.zonePanel(/Dagushan|大孤山/).locator('.figure-value').first()).toBeVisible();
    },
    back: async (a) => {
      await expect.poll(() => a.page.evaluate(() => window.__atlas?.renderedZoneIds().length ?? 0)).toBeGreaterThan(0);
    },
  },
  clusters: {
    query: 'zone=dagushan',
    stillWorks: async (a) => {
      await expect(a.zonePanel(/Dagushan|大孤山/)).toBeVisible();
      await expect(a.page.locator('.legend--floating')).toHaveCount(0);
      expect(await a.page.evaluate(() => window.__atlas!.renderedZoneIds().length)).toBeGreaterThan(0);
    },
    back: async (a) => {
      await expect(a.page.locator('.legend--floating')).toBeVisible();
      await expect(a.zonePanel(/Dagushan|大孤山/).locator('.figure-value').first()).toBeVisible();
    },
  },
  figures: {
    query: '',
    stillWorks: async (a, lang) => {
      expect(await a.page.evaluate(() => window.__atlas!.renderedZoneIds().length)).toBeGreaterThan(0);
      await a.panel().getByRole('tab', { name: lang === 'en' ? 'Zones' : '园区' }).click();
      await expect(a.panel().getByRole('button', { name: /Dagushan|大孤山/ })).toBeVisible();
      await a.panel().getByRole('tab', { name: lang === 'en' ? 'Overview' : '概览' }).click();
    },
    back: async (a) => {
      await expect(a.panel().locator('.figure-value').first()).toBeVisible();
    },
  },
  enterprises: {
    query: 'view=directory',
    stillWorks: async (a) => {
      expect(await a.page.evaluate(() => window.__atlas!.renderedZoneIds().length)).toBeGreaterThan(0);
      await expect(a.page.locator('.legend--floating')).toBeVisible();
    },
    back: async (a) => {
      await expect(a.panel().getByText(/Intel|英特尔/).first()).toBeVisible();
    },
  },
  sources: {
    query: 'zone=dagushan',
    stillWorks: async (a) => {
      const panel = a.zonePanel(/Dagushan|大孤山/);
      await expect(panel).toBeVisible();
      // Figures never look cited: their source reads "not found".
      await panel.locator('.figure-value__source .disclosure__button').first().click();
      await expect(panel.locator('.source-citation--missing').first()).toBeVisible();
    },
    back: async (a) => {
      const panel = a.zonePanel(/Dagushan|大孤山/);
      const button = panel.locator('.figure-value__source .disclosure__button').first();
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
      await expect(panel.locator('.source-citation--missing')).toHaveCount(0);
      await expect(panel.locator('.source-citation').first()).toBeVisible();
    },
  },
};

const notice = (page: Page, file: DataFile) => page.locator(`.data-notice[data-failed-files~="${file}"]`).first();

const MODES: { mode: Mode; lang: 'en' | 'zh' }[] = [
  { mode: 'missing', lang: 'en' },
  { mode: 'truncated', lang: 'en' },
  { mode: 'not-json', lang: 'zh' },
  { mode: 'schema', lang: 'en' },
];

test.describe('a data file that fails takes down only what depends on it', () => {
  for (const file of Object.keys(FILE_NAME) as DataFile[]) {
    for (const { mode, lang } of MODES) {
      test(`${FILE_NAME[file]} ${mode} (${lang})`, async ({ atlas, page }) => {
        const probe = PROBE[file];
        const served = await breakFile(page, `data/${FILE_NAME[file]}`, mode, breakSchema);
        await atlas.open([probe.query, lang === 'zh' ? 'lang=zh' : ''].filter(Boolean).join('&'));
        const box = notice(page, file);
        await expect(box).toContainText(FILE_NAME[file]);
        await expect(box).toContainText(REASON[lang][mode as keyof (typeof REASON)['en']]);
        // The link keeps its place: nothing was "repaired" away for want of data.
        if (probe.query) expect(page.url()).toContain(probe.query);
        await probe.stillWorks(atlas, lang);

        served.restore();
        await box.getByRole('button', { name: lang === 'en' ? 'Try again' : '重试' }).click();
        await expect(page.locator(`.data-notice[data-failed-files~="${file}"]`)).toHaveCount(0);
        await probe.back(atlas, lang);
      });
    }
  }

  for (const file of ['figures', 'enterprises', 'zones'] as const) {
    test(`${FILE_NAME[file]} citing a source that does not exist`, async ({ atlas, page }) => {
      const served = await breakFile(page, `data/${FILE_NAME[file]}`, 'references', breakReferences);
      await atlas.open(PROBE[file].query);
      const box = notice(page, file);
      await expect(box).toContainText(REASON.en.references);
      await box.getByText('Technical details').click();
      await expect(box).toContainText(DANGLING[file]);
      served.restore();
      await box.getByRole('button', { name: 'Try again' }).click();
      await PROBE[file].back(atlas, 'en');
    });
  }

  for (const file of ['zones', 'clusters', 'figures', 'enterprises', 'sources'] as const) {
    test(`${FILE_NAME[file]} slow: the rest works meanwhile, then it arrives`, async ({ atlas, page }) => {
      const served = await breakFile(page, `data/${FILE_NAME[file]}`, 'slow');
      await page.goto(`/?${PROBE[file].query}`);
      if (file === 'zones') {
        // The overview works before the zones arrive; the map waits for them.
        await expect(atlas.panel().getByRole('status').filter({ hasText: 'Loading zones' })).toBeVisible();
        await atlas.panel().getByRole('tab', { name: 'Overview' }).click();
        await expect(atlas.panel().locator('.figure-value').first()).toBeVisible();
        await atlas.panel().getByRole('tab', { name: 'Zones' }).click();
      } else {
        // The file's dependants say they are loading while the rest of the panel works.
        await expect(page.locator('.data-notice--loading').first()).toContainText('Loading');
        if (file === 'enterprises') {
          // The directory waits for its file; the zone list works meanwhile.
          await atlas.panel().getByRole('tab', { name: 'Zones' }).click();
          await expect(atlas.panel().getByRole('button', { name: /Dagushan/ })).toBeVisible();
          await atlas.panel().getByRole('tab', { name: 'Directory' }).click();
        } else {
          await expect(atlas.panel().getByRole('combobox').first()).toBeVisible();
        }
      }
      served.restore();
      await atlas.mapIdle();
      await PROBE[file].back(atlas, 'en');
      await expect(page.locator('.data-notice')).toHaveCount(0);
    });
  }
});

test.describe("a zone's own file (zones/<id>.json) that fails takes down that zone's facts only", () => {
  // A zone of a cluster that is part of another zone: its panel has cluster tabs and a "Part of" line without its file.
  const zone = ZONES.find((z) => z.clusterIds.length > 0 && z.parentZoneId)!;
  const other = ZONES.find((z) => z.catalogue && z.id !== zone.id)!;
  const CASES: { mode: Mode; lang: 'en' | 'zh' }[] = [
    { mode: 'missing', lang: 'en' },
    { mode: 'schema', lang: 'zh' },
    { mode: 'truncated', lang: 'en' },
  ];
  for (const { mode, lang } of CASES) {
    test(`zones/${zone.id}.json ${mode} (${lang})`, async ({ atlas, page }) => {
      const served = await breakFile(page, `data/zones/${zone.id}.json`, mode, (json) => ({ ...(json as Rec), id: 'Not An Id' }));
      await atlas.open(`zone=${zone.id}${lang === 'zh' ? '&lang=zh' : ''}`);
      const panel = atlas.zonePanel(zone.name[lang]);
      const box = panel.getByTestId('zone-detail-failed');
      await expect(box).toContainText(`zones/${zone.id}.json`);
      await expect(box).toContainText(REASON[lang][mode as keyof (typeof REASON)['en']]);
      // Its name, its relation to its parent and its cluster's figures are there; its facts are not.
      await expect(panel.getByRole('heading', { level: 2, name: zone.name[lang] })).toBeVisible();
      await expect(panel.locator('.zones-relations')).toBeVisible();
      await expect(panel.locator('.figure-value').first()).toBeVisible();
      await expect(panel.getByTestId('zone-catalogue')).toHaveCount(0);
      expect(page.url()).toContain(`zone=${zone.id}`);
      // Another zone opens whole.
      await atlas.visit(`zone=${other.id}${lang === 'zh' ? '&lang=zh' : ''}`);
      await expect(atlas.zonePanel(other.name[lang]).getByTestId('zone-catalogue')).toContainText(other.catalogue!.code);
      // Back to the broken one: still said, and Try again brings its facts once the file is back.
      await page.goBack();
      await expect(box).toBeVisible();
      served.restore();
      await box.getByRole('button', { name: lang === 'en' ? 'Try again' : '重试' }).click();
      await expect(panel.getByTestId('zone-catalogue')).toBeVisible();
      await expect(panel.getByTestId('zone-detail-failed')).toHaveCount(0);
    });
  }
});

test.describe('the search index (search-index.json) that fails: search says so, the zone list still leads everywhere', () => {
  for (const { mode, lang } of [{ mode: 'missing', lang: 'zh' }, { mode: 'not-json', lang: 'en' }] as const) {
    test(`search-index.json ${mode} (${lang})`, async ({ atlas, page }) => {
      const served = await breakFile(page, 'data/search-index.json', mode);
      await atlas.open(lang === 'zh' ? 'lang=zh' : '');
      const box = page.getByRole('combobox').first();
      await box.fill(lang === 'zh' ? '大孤山' : 'dagushan');
      const status = atlas.panel().locator('.search-box__status');
      await expect(status).toContainText(lang === 'zh' ? '搜索索引无法加载：search-index.json' : 'The search index could not be loaded: search-index.json');
      await expect(status).toContainText(REASON[lang][mode]);
      served.restore();
      await atlas.panel().getByRole('button', { name: lang === 'en' ? 'Try again' : '重试' }).click();
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    });
  }
});

test.describe('a basemap file that fails: the map draws what it can and says what is missing', () => {
  const BASEMAP = { land: 'land and sea', districts: 'districts', boundaries: 'boundaries', labels: 'place names', aeroways: 'airport runways', landmarks: 'landmarks' };
  for (const [id, name] of Object.entries(BASEMAP)) {
    test(`basemap/${id}.geojson missing`, async ({ atlas, page }) => {
      await breakFile(page, `basemap/${id}.geojson`, 'missing');
      await atlas.open();
      const box = page.locator(`[data-missing-basemap~="${id}"]`);
      await expect(box).toContainText(`Not drawn on the map: ${name}`);
      // The zones are still drawn and the panel works.
      expect(await page.evaluate(() => window.__atlas!.renderedZoneIds().length)).toBeGreaterThan(0);
      await atlas.selectZoneFromList('Dagushan');
      await expect(atlas.zonePanel(/Dagushan/)).toBeVisible();
    });
  }

  test('basemap/land.geojson cut short, in Chinese', async ({ atlas, page }) => {
    await breakFile(page, 'basemap/land.geojson', 'truncated');
    await atlas.open('lang=zh');
    await expect(page.locator('[data-missing-basemap~="land"]')).toContainText('地图未绘制：陆地与海域');
    expect(await page.evaluate(() => window.__atlas!.renderedZoneIds().length)).toBeGreaterThan(0);
  });

  test('two basemap files missing at once are named together', async ({ atlas, page }) => {
    await breakFile(page, 'basemap/labels.geojson', 'missing');
    await breakFile(page, 'basemap/districts.geojson', 'not-json');
    await atlas.open();
    const box = page.locator('[data-missing-basemap]');
    await expect(box).toContainText('place names');
    await expect(box).toContainText('districts');
  });
});

test('zones.json and figures.json missing together: the map, the legend and the search still work', async ({ atlas, page }) => {
  await breakFile(page, 'data/zones.json', 'missing');
  await breakFile(page, 'data/figures.json', 'missing');
  await atlas.open();
  await expect(notice(page, 'figures')).toBeVisible();
  await expect(notice(page, 'zones')).toBeVisible();
  await expect(page.locator('.legend--floating')).toBeVisible();
  const results = await atlas.search('petro');
  await expect(results.getByRole('option').first()).toBeVisible();
});

test.describe('interaction under stress: the view always matches the URL', () => {
  // The camera animates here (the other specs reduce motion), so selections land while it moves.
  test.use({ contextOptions: { reducedMotion: 'no-preference' } });
  const NAMES: Record<string, string> = {
    dagushan: 'Dagushan Petrochemical Industrial Park',
    'high-tech-zone': 'Dalian Hi-tech Industrial Zone',
    huayuankou: 'Dalian Huayuankou Economic Zone',
    'development-zone': 'Dalian Economic and Technological Development Zone',
    'bonded-area': 'Dalian Bonded Zone (Dalian Free Trade Zone)',
  };
  const LIST: [string, RegExp][] = [
    ['dagushan', /^Dagushan/],
    ['high-tech-zone', /^Dalian Hi-tech/],
    ['huayuankou', /^Dalian Huayuankou/],
    ['development-zone', /^Dalian Economic and Technological/],
    ['bonded-area', /^Dalian Bonded/],
  ];

  async function expectViewMatchesUrl(atlas: AtlasDriver) {
    await atlas.mapIdle();
    const zone = atlas.param('zone');
    const selected = async () => {
      const states = await atlas.page.evaluate(() => window.__atlas!.zoneStates());
      return Object.entries(states).filter(([, s]) => s.selected).map(([id]) => id);
    };
    if (zone) {
      await expect(atlas.zonePanel(NAMES[zone]!)).toBeVisible();
      await expect.poll(selected).toEqual([zone]);
    } else {
      await expect(atlas.panel().getByRole('tablist', { name: /./ }).first()).toBeVisible();
      await expect.poll(selected).toEqual([]);
    }
  }

  test('twenty rapid zone selections from the zone list while the camera moves', async ({ atlas, page }) => {
    await atlas.open('view=zones');
    let last = '';
    for (let i = 0; i < 20; i++) {
      const [id, name] = LIST[(i * 3) % LIST.length]!;
      await atlas.panel().getByRole('button', { name }).click();
      last = id;
      if (i < 19) await page.keyboard.press('Escape');
    }
    // The address is written a moment after the click (URL updates are batched): wait for it, then compare.
    await expect.poll(() => atlas.param('zone')).toBe(last);
    await expectViewMatchesUrl(atlas);
  });

  test('fifty Back and Forward steps', async ({ atlas, page }) => {
    await atlas.open('view=zones');
    for (const [, name] of LIST) {
      await atlas.panel().getByRole('button', { name }).click();
      await page.keyboard.press('Escape');
    }
    // Ten entries of zones and cleared selections: fifty steps (seven back, then seven forward, and so on), without waiting.
    for (let i = 0; i < 50; i++) await page.evaluate((back) => (back ? window.history.back() : window.history.forward()), i % 14 < 7);
    await expectViewMatchesUrl(atlas);
    await page.goBack();
    await expectViewMatchesUrl(atlas);
    expect(atlas.param('zone')).not.toBeNull();
  });

  test('desktop to phone and back with a zone open', async ({ atlas, page }) => {
    await atlas.open('zone=development-zone&cluster=electronics');
    const url = page.url();
    for (const size of [{ width: 390, height: 844 }, { width: 1366, height: 768 }, { width: 390, height: 844 }, { width: 1366, height: 768 }]) {
      await page.setViewportSize(size);
      await expectViewMatchesUrl(atlas);
      expect(page.url()).toBe(url);
      await expect(atlas.zonePanel(NAMES['development-zone']!).getByRole('tab', { name: /Electronic/ })).toHaveAttribute('aria-selected', 'true');
    }
  });
});

/**
 * A part of the app whose code cannot be loaded (its chunk answers 404: the network dropped before
 * the offline copy existed, or a deployment removed the file) says so in its own place, in the
 * current language, and the rest keeps working: never a blank page.
 */
test.describe('a part whose code cannot be loaded says so in its place; the rest works', () => {
  // Chromium logs the 404; React logs the error its boundary caught (the app adds nothing).
  test.use({
    // An array of patterns, given in Playwright's [value, options] form (a bare array of several would be read as that form).
    allowedConsoleErrors: [[/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/, /Failed to fetch dynamically imported module/, /error boundary you provided, LoadBoundary/], { scope: 'test' }],
  });
  const cases = [
    { name: 'the share menu', chunk: /\/assets\/share-menu-[\w-]+\.js$/, query: 'zone=dagushan', text: 'The share menu could not be loaded.' },
    { name: 'the progress chart', chunk: /\/assets\/progress-chart-[\w-]+\.js$/, query: 'zone=dagushan', text: 'The chart could not be loaded.' },
    { name: 'the panel', chunk: /\/assets\/sidebar-[\w-]+\.js$/, query: '', text: 'The panel could not be loaded.' },
    { name: 'the presenter, in Chinese', chunk: /\/assets\/presenter-[\w-]+\.js$/, query: 'lang=zh&tour=1', text: '无法加载演示。' },
  ];
  for (const c of cases) {
    test(`${c.name}`, async ({ atlas, page }) => {
      await page.route(c.chunk, (route) => route.fulfill({ status: 404, body: 'gone' }));
      await atlas.open(c.query);
      if (c.name === 'the share menu') await page.getByRole('banner').getByRole('button', { name: /^Share this view/ }).click();
      const notice = page.getByRole('alert').filter({ hasText: c.text });
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('button', { name: /Reload the atlas|重新加载地图/ })).toBeVisible();
      // Seen, not just present: nothing (the panel, the header) lies over the notice's middle.
      await notice.scrollIntoViewIfNeeded();
      const box = (await notice.boundingBox())!;
      const onTop = await page.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('[data-load-failed]'), [box.x + box.width / 2, box.y + box.height / 2]);
      expect(onTop, 'the notice is not covered').toBe(true);
      // The rest works: the map with its zones, and (where the panel loaded) the zone's own text.
      expect((await atlas.renderedZoneIds()).length).toBeGreaterThan(0);
      if (c.query.includes('zone=dagushan')) await expect(atlas.zonePanel('Dagushan Petrochemical Industrial Park')).toBeVisible();
      if (c.name === 'the panel') {
        await atlas.clickZoneOnMap('huayuankou');
        await expect.poll(() => atlas.param('zone')).toBe('huayuankou');
      }
    });
  }
});

test.describe('security', () => {
  test('the app is served with a strict Content-Security-Policy', async ({ page }) => {
    const response = await page.goto('/');
    const csp = response!.headers()['content-security-policy'] ?? '';
    for (const directive of ["script-src 'self'", "object-src 'none'", "default-src 'self'", 'frame-ancestors *']) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  test('markup in a link value shows as text, never as HTML', async ({ atlas, page }) => {
    const markup = '<img src=x onerror=window.__pwned=1><b>bold</b>';
    await atlas.open(`zone=${encodeURIComponent(markup)}&q=${encodeURIComponent('<script>window.__pwned=1</script>')}`);
    await expect(page.getByText('<img src=x onerror=window.__pwned=1><b>bold</b>').first()).toBeVisible();
    await expect(page.locator('img[src="x"], b:text("bold")')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
