/* global window, document, location, requestAnimationFrame -- callbacks that run in the page */
// The benchmark's browser side: a fresh Chromium context per cold load, and the interactions
// (click a zone -> its panel, change a cluster tab -> its chart, type in the search box), each timed
// inside the page by in-page.mjs.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { benchInPage } from './in-page.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage'];

export async function launchChromium() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const bundled = process.env.PLAYWRIGHT_BROWSER === 'bundled' || !existsSync(executablePath);
  return chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(bundled ? {} : { executablePath }) });
}

export const VIEWPORT = { width: 1366, height: 768 };

export async function openPage(browser, { reducedMotion, initOptions = null }) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion, serviceWorkers: 'block' });
  await context.addInitScript(benchInPage, initOptions);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

const kindOf = (path) => {
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\/basemap\//.test(path)) return 'basemap';
  if (/\/data\//.test(path)) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
};

/** Bytes on the wire by kind, for the responses served up to `epoch` (ms since 1970). */
function bytesUntil(log, epoch) {
  const out = { js: 0, css: 0, font: 0, basemap: 0, data: 0, html: 0, other: 0, total: 0, files: [] };
  if (epoch === null) return out;
  for (const r of log) {
    if (r.t > epoch || r.status !== 200) continue;
    const k = kindOf(r.path);
    out[k] += r.bytes;
    out.total += r.bytes;
    out.files.push(`${r.path} ${r.bytes}`);
  }
  return out;
}

/**
 * One cold load in a fresh context (empty cache). `bridge` is '__atlas' (the app) or '__ref' (MapLibre
 * alone). Returns navigation start -> map `load` (first frame) and -> first `idle`, in ms, the bytes
 * served before each and, for a deep link, navigation start -> the zone panel with its chart painted.
 */
export async function coldLoad(browser, server, url, { bridge, reducedMotion, deepLinkZone = null, timeoutMs = 90_000 }) {
  const { context, page, errors } = await openPage(browser, { reducedMotion, initOptions: deepLinkZone ? { deepLinkZone, timeoutMs } : null });
  server.takeLog();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page
      .waitForFunction(
        (b) => {
          const t = window[b]?.timings?.();
          return !!t && t.firstIdleAt !== null && t.firstIdleAt !== undefined;
        },
        bridge,
        { timeout: timeoutMs, polling: 100 },
      )
      .catch((e) => {
        throw new Error(`${url}: the map never reached idle (${bridge}.timings().firstIdleAt) within ${timeoutMs / 1000} s${errors.length ? `; page errors: ${errors.slice(0, 3).join(' | ')}` : ''} [${e.message.split('\n')[0]}]`);
      });
    const panelAt = deepLinkZone ? await page.evaluate(() => window.__bench.deepLink) : null;
    const info = await page.evaluate((b) => {
      const rect = document.querySelector('.maplibregl-map')?.getBoundingClientRect();
      return {
        ...window[b].timings(),
        timeOrigin: performance.timeOrigin,
        zoom: window[b].zoom(),
        mapSize: rect ? { w: Math.round(rect.width), h: Math.round(rect.height) } : null,
      };
    }, bridge);
    await page.waitForTimeout(50); // let the last log entries land
    const log = server.takeLog();
    const at = (ms) => (ms === null ? null : info.timeOrigin + ms);
    return {
      loadMs: info.loadAt,
      idleMs: info.firstIdleAt,
      panelMs: panelAt,
      zoom: info.zoom,
      mapSize: info.mapSize,
      bytesBeforeLoad: bytesUntil(log, at(info.loadAt)),
      bytesBeforeIdle: bytesUntil(log, at(info.firstIdleAt)),
      bytesBeforePanel: deepLinkZone ? bytesUntil(log, at(panelAt)) : null,
      errors,
    };
  } finally {
    await context.close();
  }
}

// ---- interactions in a loaded app ----

export async function waitMapIdle(page) {
  // Two frames first, so that a camera move started by the last render has begun.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate(() => window.__atlas.waitForIdle());
}

export async function openApp(browser, url, { reducedMotion }) {
  const opened = await openPage(browser, { reducedMotion });
  await opened.page.goto(url, { waitUntil: 'commit' });
  await opened.page.waitForFunction(() => window.__atlas?.timings?.().firstIdleAt != null, null, { timeout: 90_000, polling: 100 });
  await waitMapIdle(opened.page);
  return opened;
}

const panelSelector = (zoneId) => `section[data-zone="${zoneId}"]`;

/** Closes the open zone panel (its close button, else Back), then waits for the map to settle. */
export async function clearSelection(page) {
  if (!new URL(page.url()).searchParams.has('zone') && (await page.locator('section[data-zone]').count()) === 0) return;
  const close = page.locator('section[data-zone] button[class*="close"]').first();
  if (await close.isVisible().catch(() => false)) await close.click();
  else await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('zone'), null, { timeout: 15_000 });
  await waitMapIdle(page);
}

/** Screen point of a zone's marker, if it is on the map canvas and not covered by anything. */
async function clickablePoint(page, zoneId) {
  return page.evaluate((id) => {
    const p = window.__atlas.zonePoint(id);
    if (!p) return null;
    const el = document.elementFromPoint(p.x, p.y);
    return el && el.closest('.maplibregl-canvas-container') ? p : null;
  }, zoneId);
}

/**
 * Click -> the zone's panel heading painted (`times`; `domTimes`: click -> heading in the DOM), `runs` times for each zone, clicking the zone's marker on
 * the map (`via: 'map'`) or its button in the zone list (`via: 'list'`). Returns ms per click (null
 * when the panel did not appear within 15 s) and the zones that could not be clicked.
 */
export async function zoneClicks(page, zoneIds, runs, via) {
  const times = [];
  const domTimes = [];
  const skipped = new Set();
  for (let r = 0; r < runs; r++) {
    for (const zoneId of zoneIds) {
      await clearSelection(page);
      let target = null;
      if (via === 'map') {
        target = await clickablePoint(page, zoneId);
      } else {
        const button = page.locator(`button[data-zone="${zoneId}"]`).first();
        if (await button.isVisible().catch(() => false)) {
          await button.scrollIntoViewIfNeeded();
          const box = await button.boundingBox();
          if (box) target = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
      }
      if (!target) {
        skipped.add(zoneId);
        continue;
      }
      await page.evaluate((id) => window.__bench.armZoneClick(id), zoneId);
      await page.mouse.click(target.x, target.y);
      const ms = await page.evaluate(() => window.__bench.result);
      times.push(ms?.paint ?? null);
      domTimes.push(ms?.dom ?? null);
      if (ms !== null) await page.locator(panelSelector(zoneId)).waitFor({ timeout: 15_000 });
      await waitMapIdle(page);
    }
  }
  await clearSelection(page);
  return { times, domTimes, skipped: [...skipped] };
}

/** Click on the other cluster tab of an open zone panel -> its chart painted, `runs` times. */
export async function tabChanges(page, zoneId, runs) {
  const times = [];
  const domTimes = [];
  const tabs = page.locator(`${panelSelector(zoneId)} [role=tab]`);
  await tabs.first().waitFor({ timeout: 15_000 });
  if ((await tabs.count()) < 2) return { times, domTimes, note: `${zoneId} has fewer than two cluster tabs` };
  for (let r = 0; r < runs; r++) {
    const ids = await tabs.evaluateAll((els) => els.map((e) => ({ id: e.id, selected: e.getAttribute('aria-selected') === 'true' })));
    const next = ids.find((t) => !t.selected) ?? ids[0];
    await page.evaluate((id) => window.__bench.armTabClick(id), next.id);
    await page.locator(`[id="${next.id}"]`).click();
    const ms = await page.evaluate(() => window.__bench.result);
    times.push(ms?.paint ?? null);
    domTimes.push(ms?.dom ?? null);
    await waitMapIdle(page);
  }
  return { times, domTimes };
}

/** Types `word` into the search box one key at a time; per keystroke { work, paint } ms (see in-page.mjs). */
export async function searchKeystrokes(page, word, runs) {
  const box = page.getByRole('combobox').first();
  if (!(await box.isVisible().catch(() => false))) return { perKey: [], note: 'no visible search box (role=combobox)' };
  const perKey = Array.from({ length: word.length }, () => []);
  for (let r = 0; r < runs; r++) {
    await box.fill('');
    await box.focus();
    for (let i = 0; i < word.length; i++) {
      await page.evaluate(() => window.__bench.armKeystroke());
      await page.keyboard.press(word[i]);
      perKey[i].push(await page.evaluate(() => window.__bench.result));
    }
  }
  await box.fill('');
  return { perKey };
}
