#!/usr/bin/env node
/* global window, document -- page.evaluate callbacks run in the page */
// `npm run bench` — the atlas against MapLibre alone, in headless Chromium, cold loads and interactions.
// `npm run bench -- --scale` — the atlas with 2,000 zones and 50,000 enterprises against the real dataset
// (`--zones N --enterprises N` for another size).
//
// Options: --runs N (default 7), --no-write (skip BENCHMARKS.md), --no-build (reuse the builds),
// --reduced-motion (emulate prefers-reduced-motion: camera moves are instant, as in the e2e tests).
// Results: a table on stdout, JSON in bench-results/latest.json (latest-scale.json for --scale), and a
// dated section appended to BENCHMARKS.md. See BENCHMARKS.md for what is measured and how.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { fmtKB, fmtMs, machineInfo, markdownTable, round, stats, textTable } from './lib.mjs';
import { buildSizes, initialAssets } from './sizes.mjs';
import { coldLoad, launchChromium, openApp, openPage, searchKeystrokes, tabChanges, VIEWPORT, zoneClicks } from './measure.mjs';
import { readDataset, synthesize, writeDataset } from './scale/synthetic.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'bench-results');
const APP_DIR = join(ROOT, 'dist-test');
const REF_CONFIG = join(ROOT, 'scripts/bench/reference/vite.config.mjs');
const REF_DIR = join(OUT, 'dist/reference');
const SCALE_DIR = join(OUT, 'dist/scale');
const DEEP_LINK = { zone: 'dagushan', cluster: 'petrochemicals' };
const TAB_ZONE = 'development-zone';
const SEARCH_WORD = 'huayuankou';
const LIST_VIEW = 'zones'; // ?view=zones shows the zone list (the map's DOM twin)
const TARGETS = { coldRatio: 1.15, deepRatio: 1.3, clickMs: 100, jsOverKb: 120, searchMs: 16, scaleLoadRatio: 2 };

function parseArgs(argv) {
  const args = { runs: 7, scale: false, write: true, build: true, reducedMotion: false, zones: 2000, enterprises: 50000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) args.runs = Number(a.slice(7));
    else if (a === '--scale') args.scale = true;
    else if (a === '--no-write') args.write = false;
    else if (a === '--no-build') args.build = false;
    else if (a === '--reduced-motion') args.reducedMotion = true;
    else if (a === '--zones') args.zones = Number(argv[++i]);
    else if (a === '--enterprises') args.enterprises = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--runs N] [--scale [--zones N] [--enterprises N]] [--no-write] [--no-build] [--reduced-motion]');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs needs a positive integer');
  for (const k of ['zones', 'enterprises']) if (!Number.isInteger(args[k]) || args[k] < 1) throw new Error(`--${k} needs a positive integer`);
  return args;
}

const log = (...xs) => console.error('[bench]', ...xs);

function buildApp() {
  log('npm run build:test …');
  const r = spawnSync('npm', ['run', 'build:test'], { cwd: ROOT, encoding: 'utf8', env: process.env });
  if (r.status !== 0) throw new Error(`npm run build:test failed:\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`);
}

async function viteBuild(config) {
  const { build } = await import('vite');
  await build({ logLevel: 'warn', ...config });
}

async function buildReference() {
  log('building the reference (MapLibre alone) …');
  await viteBuild({ configFile: REF_CONFIG });
}

/** Camera of the app's first screen, for the reference: what the app shows at its first idle. */
async function appFirstScreen(browser, origin, reducedMotion) {
  const { context, page } = await openApp(browser, `${origin}/`, { reducedMotion });
  try {
    return await page.evaluate(() => {
      const rect = document.querySelector('.maplibregl-map').getBoundingClientRect();
      return { center: window.__atlas.center(), zoom: window.__atlas.zoom(), w: Math.round(rect.width), h: Math.round(rect.height) };
    });
  } finally {
    await context.close();
  }
}

const median = (xs) => stats(xs).median;
const ratio = (a, b) => (a === null || b === null || !b ? null : a / b);
const passFail = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');
const msRow = (metric, s, extra = {}) => ({ metric, median: fmtMs(s.median), min: fmtMs(s.min), max: fmtMs(s.max), ...extra });

function stamp() {
  return new Date().toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
}

function appendBenchmarks(title, machine, conditions, rows, columns, notes) {
  const file = join(ROOT, 'BENCHMARKS.md');
  if (!existsSync(file)) {
    writeFileSync(
      file,
      '# Benchmarks\n\nAppended by `npm run bench` (and `npm run bench -- --scale`); newest at the bottom. Compare runs made on\nthe same machine only.\n',
    );
  }
  const m = machine;
  const text = [
    '',
    `## ${stamp()} · ${title}`,
    '',
    `- Machine: ${m.nproc} cores, ${m.cpuModel}; Chromium ${m.chromium}; Node ${m.node}; commit ${m.commit ?? 'unknown'}`,
    `- Conditions: ${conditions}`,
    '',
    markdownTable(rows, columns),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  appendFileSync(file, text);
  log(`appended a section to ${file}`);
}

function writeJson(name, value) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), `${JSON.stringify(value, null, 2)}\n`);
  log(`wrote ${join(OUT, name)}`);
}

async function safely(what, fn, problems) {
  try {
    return await fn();
  } catch (e) {
    problems.push(`${what}: ${e.message.split('\n')[0]}`);
    log(`${what} failed: ${e.message}`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// npm run bench

async function runMain(args) {
  if (args.build) {
    buildApp();
    await buildReference();
  }
  if (!existsSync(join(APP_DIR, 'index.html'))) throw new Error('dist-test/index.html is missing: run without --no-build');
  if (!existsSync(join(REF_DIR, 'index.html'))) await buildReference();
  const motion = args.reducedMotion ? 'reduce' : 'no-preference';
  const zones = JSON.parse(readFileSync(join(APP_DIR, 'data/zones.json'), 'utf8'));
  const server = await startServer({ mounts: [{ prefix: '/', dir: APP_DIR }, { prefix: '/reference/', dir: REF_DIR }] });
  const browser = await launchChromium();
  const machine = machineInfo(ROOT, browser.version());
  const problems = [];
  const results = { date: new Date().toISOString(), machine, runs: args.runs, motion, viewport: VIEWPORT, targets: TARGETS };
  try {
    log(`serving ${server.origin}; warming up …`);
    const screen = await appFirstScreen(browser, server.origin, motion);
    const refUrl = `${server.origin}/reference/?center=${screen.center.join(',')}&zoom=${screen.zoom}&w=${screen.w}&h=${screen.h}`;
    const appUrl = `${server.origin}/`;
    const deepUrl = `${server.origin}/?zone=${DEEP_LINK.zone}&cluster=${DEEP_LINK.cluster}`;
    await coldLoad(browser, server, refUrl, { bridge: '__ref', reducedMotion: motion });
    results.firstScreen = screen;

    const app = [];
    const ref = [];
    const deep = [];
    for (let i = 0; i < args.runs; i++) {
      // Alternate, and swap the order every other run so that neither always goes first.
      const order = i % 2 ? ['ref', 'app', 'deep'] : ['app', 'ref', 'deep'];
      for (const which of order) {
        const r = await safely(`${which} cold load ${i + 1}`, () =>
          which === 'ref'
            ? coldLoad(browser, server, refUrl, { bridge: '__ref', reducedMotion: motion })
            : coldLoad(browser, server, which === 'app' ? appUrl : deepUrl, { bridge: '__atlas', reducedMotion: motion, deepLinkZone: which === 'deep' ? DEEP_LINK.zone : null }),
        problems);
        if (r) ({ app, ref, deep })[which].push(r);
      }
      log(`run ${i + 1}/${args.runs}: app ${fmtMs(app.at(-1)?.idleMs)}, reference ${fmtMs(ref.at(-1)?.idleMs)}, deep link ${fmtMs(deep.at(-1)?.panelMs)}`);
    }
    for (const r of [...app, ...deep]) problems.push(...r.errors.slice(0, 3));

    // What one map frame costs here, to read the interaction times against (no target).
    const repaint = await safely('map repaint cost', async () => {
      const { context, page } = await openPage(browser, { reducedMotion: motion });
      try {
        await page.goto(refUrl, { waitUntil: 'commit' });
        await page.waitForFunction(() => window.__ref?.timings?.().firstIdleAt != null, null, { timeout: 90_000, polling: 100 });
        const xs = [];
        for (let i = 0; i < 7; i++) xs.push(await page.evaluate(() => window.__ref.repaintMs()));
        return stats(xs);
      } finally {
        await context.close();
      }
    }, problems);

    log('interactions …');
    const interactions = { map: { times: [], skipped: [] }, list: { times: [], skipped: [] }, tabs: { times: [] } };
    await safely('clicks on zones', async () => {
      const { context, page } = await openApp(browser, appUrl, { reducedMotion: motion });
      try {
        const ids = zones.map((z) => z.id);
        interactions.map = await zoneClicks(page, ids, args.runs, 'map');
      } finally {
        await context.close();
      }
    }, problems);
    await safely('clicks in the zone list', async () => {
      const { context, page } = await openApp(browser, `${appUrl}?view=${LIST_VIEW}`, { reducedMotion: motion });
      try {
        interactions.list = await zoneClicks(page, zones.map((z) => z.id), args.runs, 'list');
      } finally {
        await context.close();
      }
    }, problems);
    const tabZone = zones.find((z) => z.id === TAB_ZONE && z.clusterIds.length > 1) ?? zones.find((z) => z.clusterIds.length > 1);
    if (!tabZone) interactions.tabs.note = 'no zone with two clusters';
    else {
      await safely('cluster tabs', async () => {
        const { context, page } = await openApp(browser, `${appUrl}?zone=${tabZone.id}`, { reducedMotion: motion });
        try {
          interactions.tabs = await tabChanges(page, tabZone.id, args.runs);
        } finally {
          await context.close();
        }
      }, problems);
    }

    const sizes = buildSizes(APP_DIR);
    const refInitial = initialAssets(REF_DIR, '/reference/');

    // ---- summary
    const s = {
      appIdle: stats(app.map((r) => r.idleMs)),
      refIdle: stats(ref.map((r) => r.idleMs)),
      appLoad: stats(app.map((r) => r.loadMs)),
      refLoad: stats(ref.map((r) => r.loadMs)),
      deepPanel: stats(deep.map((r) => r.panelMs)),
      deepIdle: stats(deep.map((r) => r.idleMs)),
      clickMap: stats(interactions.map.times),
      clickList: stats(interactions.list.times),
      tab: stats(interactions.tabs.times),
      clickMapDom: stats(interactions.map.domTimes ?? []),
      clickListDom: stats(interactions.list.domTimes ?? []),
      tabDom: stats(interactions.tabs.domTimes ?? []),
    };
    const bytes = (runs, phase, kind) => median(runs.map((r) => r[phase]?.[kind] ?? null));
    const js = { app: bytes(app, 'bytesBeforeLoad', 'js'), ref: bytes(ref, 'bytesBeforeLoad', 'js') };
    const css = { app: bytes(app, 'bytesBeforeLoad', 'css'), ref: bytes(ref, 'bytesBeforeLoad', 'css') };
    const total = { app: bytes(app, 'bytesBeforeIdle', 'total'), ref: bytes(ref, 'bytesBeforeIdle', 'total') };
    const coldRatio = ratio(s.appIdle.median, s.refIdle.median);
    const deepRatio = ratio(s.deepPanel.median, s.refIdle.median);
    const jsOver = js.app === null || js.ref === null ? null : js.app - js.ref;
    const nullCount = (xs) => xs.filter((x) => x === null).length;

    const rows = [
      msRow('cold load -> map idle: app', s.appIdle, { ratio: round(coldRatio, 2) ?? '—', target: `<= ${TARGETS.coldRatio}`, pass: passFail(coldRatio === null ? null : coldRatio <= TARGETS.coldRatio) }),
      msRow('cold load -> map idle: MapLibre alone', s.refIdle),
      msRow('cold load -> first map frame (load): app', s.appLoad, { ratio: round(ratio(s.appLoad.median, s.refLoad.median), 2) ?? '—' }),
      msRow('cold load -> first map frame (load): MapLibre alone', s.refLoad),
      msRow(`deep link ?zone=${DEEP_LINK.zone}&cluster=${DEEP_LINK.cluster} -> panel + chart painted`, s.deepPanel, {
        ratio: round(deepRatio, 2) ?? '—',
        target: `<= ${TARGETS.deepRatio} (x reference idle)`,
        pass: passFail(deepRatio === null ? null : deepRatio <= TARGETS.deepRatio),
      }),
      msRow('deep link -> map idle', s.deepIdle),
      msRow(`click zone on map -> panel heading and facts painted (n=${s.clickMap.n})`, s.clickMap, {
        ratio: `DOM ${fmtMs(s.clickMapDom.median)}`,
        target: `< ${TARGETS.clickMs} ms median`,
        pass: passFail(s.clickMap.median === null ? null : s.clickMap.median < TARGETS.clickMs),
      }),
      msRow(`click zone in list -> panel heading and facts painted (n=${s.clickList.n})`, s.clickList, {
        ratio: `DOM ${fmtMs(s.clickListDom.median)}`,
        target: `< ${TARGETS.clickMs} ms median`,
        pass: passFail(s.clickList.median === null ? null : s.clickList.median < TARGETS.clickMs),
      }),
      msRow(`cluster tab -> its chart painted (n=${s.tab.n})`, s.tab, {
        ratio: `DOM ${fmtMs(s.tabDom.median)}`,
        target: `< ${TARGETS.clickMs} ms median`,
        pass: passFail(s.tab.median === null ? null : s.tab.median < TARGETS.clickMs),
      }),
      msRow('one map frame (repaint of the idle map), MapLibre alone: for context', repaint ?? stats([])),
      {
        metric: 'JS before first map frame, gz: app (MapLibre alone)',
        median: `${fmtKB(js.app)} (${fmtKB(js.ref)})`,
        ratio: jsOver === null ? '—' : `+${fmtKB(jsOver)}`,
        target: `<= +${TARGETS.jsOverKb} KB`,
        pass: passFail(jsOver === null ? null : jsOver <= TARGETS.jsOverKb * 1024),
      },
      { metric: 'CSS before first map frame, gz: app (MapLibre alone)', median: `${fmtKB(css.app)} (${fmtKB(css.ref)})`, ratio: css.app === null ? '—' : `+${fmtKB(css.app - css.ref)}` },
      { metric: 'all bytes to map idle, on the wire: app (MapLibre alone)', median: `${fmtKB(total.app)} (${fmtKB(total.ref)})`, ratio: round(ratio(total.app, total.ref), 2) ?? '—' },
      {
        metric: 'static initial JS, gz (entry + static imports): app (MapLibre alone)',
        median: `${fmtKB(sizes.initialJs.gz)} (${fmtKB(refInitial.js.gz)})`,
        ratio: `+${fmtKB(sizes.initialJs.gz - refInitial.js.gz)}`,
      },
    ];
    const columns = ['metric', 'median', 'min', 'max', 'ratio', 'target', 'pass'];
    console.log(`\nDalian Cluster Atlas vs MapLibre alone — ${args.runs} cold loads each (fresh context), motion: ${motion}\n`);
    console.log(textTable(rows, columns));

    const notes = [];
    if (interactions.map.skipped.length) notes.push(`zones not clickable on the map (marker covered or off-screen): ${interactions.map.skipped.join(', ')}`);
    if (interactions.list.skipped.length) notes.push(`zones without a visible list button: ${interactions.list.skipped.join(', ')}`);
    if (interactions.tabs.note) notes.push(interactions.tabs.note);
    const timeouts = nullCount(interactions?.map.times ?? []) + nullCount(interactions?.list.times ?? []) + nullCount(interactions?.tabs.times ?? []) + nullCount(deep.map((r) => r.panelMs));
    if (timeouts) notes.push(`${timeouts} interactions never showed their panel/chart (15 s timeout; left out of the statistics)`);
    notes.push(...[...new Set(problems)].slice(0, 8));
    if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);

    Object.assign(results, {
      summary: { coldRatio, deepRatio, mapFrameMs: repaint, jsBeforeFirstFrame: js, jsOver, cssBeforeFirstFrame: css, bytesToIdle: total, ...s },
      staticSizes: { app: sizes, reference: refInitial },
      runsDetail: { app, ref, deep },
      interactions,
      notes,
    });
    writeJson('latest.json', results);
    if (args.write) {
      const cond = `headless, WebGL on SwiftShader, viewport ${VIEWPORT.width}×${VIEWPORT.height}, map ${screen.w}×${screen.h} at zoom ${round(screen.zoom, 2)}, ${args.runs} cold loads each (fresh context, alternating), motion: ${motion}`;
      appendBenchmarks(`npm run bench (${args.runs} runs)`, machine, cond, rows, columns, notes);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// npm run bench -- --scale

async function nodeSearch(searchModule, dataset, word, reps) {
  const t0 = performance.now();
  const index = searchModule.buildSearchIndex(dataset);
  const buildMs = performance.now() - t0;
  const perKey = Array.from({ length: word.length }, () => []);
  const counts = [];
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < word.length; i++) {
      const t = performance.now();
      const results = searchModule.search(index, word.slice(0, i + 1), 'en');
      perKey[i].push(performance.now() - t);
      if (r === 0) counts.push(results.length);
    }
  }
  const firstPass = perKey.map((xs) => xs[0]);
  const medians = perKey.map((xs) => stats(xs).median);
  return { buildMs, firstPass, medians, worstMedian: Math.max(...medians), worstFirst: Math.max(...firstPass), counts };
}

async function runScale(args) {
  const realDataDir = join(ROOT, 'public/data');
  if (args.build) buildApp();
  if (!existsSync(join(APP_DIR, 'index.html'))) throw new Error('dist-test/index.html is missing: run without --no-build');
  const motion = args.reducedMotion ? 'reduce' : 'no-preference';
  const real = readDataset(realDataDir);
  const synthetic = synthesize(real, { zones: args.zones, enterprises: args.enterprises });
  const sizeLabel = `${args.zones.toLocaleString('en')} zones / ${args.enterprises.toLocaleString('en')} enterprises`;
  const ids = synthetic.zones.map((z) => z.id);
  log(`synthetic dataset: ${synthetic.zones.length} zones, ${synthetic.enterprises.length} enterprises`);

  // Validate with the app's own schemas and time the search in Node.
  const { createServer } = await import('vite');
  const vite = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  let validateMs;
  let search;
  let writeAtlasData;
  try {
    const schemas = await vite.ssrLoadModule('/src/lib/data/schemas.ts');
    const t0 = performance.now();
    schemas.parseOrThrow(schemas.DatasetSchema, synthetic, 'The synthetic dataset');
    validateMs = performance.now() - t0;
    const searchModule = await vite.ssrLoadModule('/src/lib/search.ts');
    ({ writeAtlasData } = await vite.ssrLoadModule('/scripts/dataset/output.ts'));
    search = { real: await nodeSearch(searchModule, real, SEARCH_WORD, 30), scale: await nodeSearch(searchModule, synthetic, SEARCH_WORD, 30) };
  } finally {
    await vite.close();
  }
  log(`validated in ${fmtMs(validateMs)} (Node)`);

  if (args.build || !existsSync(join(SCALE_DIR, 'index.html'))) {
    log('building the app for the synthetic dataset …');
    // A production build with the test bridge, as `npm run build:test` (the dev server above set
    // NODE_ENV=development in this process: reset it, or React would be built in development mode).
    const env = { VITE_TEST_BRIDGE: process.env.VITE_TEST_BRIDGE, NODE_ENV: process.env.NODE_ENV };
    Object.assign(process.env, { VITE_TEST_BRIDGE: '1', NODE_ENV: 'production' });
    try {
      await viteBuild({ root: ROOT, mode: 'production', configFile: join(ROOT, 'vite.config.ts'), build: { outDir: SCALE_DIR, emptyOutDir: true } });
    } finally {
      for (const [k, v] of Object.entries(env)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }
  const tmpData = join(OUT, 'scale-data');
  writeDataset(synthetic, realDataDir, tmpData, writeAtlasData, ROOT);
  rmSync(join(SCALE_DIR, 'data'), { recursive: true, force: true });
  cpSync(tmpData, join(SCALE_DIR, 'data'), { recursive: true });

  const realServer = await startServer({ mounts: [{ prefix: '/', dir: APP_DIR }] });
  const scaleServer = await startServer({ mounts: [{ prefix: '/', dir: SCALE_DIR }] });
  const browser = await launchChromium();
  const machine = machineInfo(ROOT, browser.version());
  const problems = [];
  try {
    log('warming up …');
    await safely('warm-up (real)', () => coldLoad(browser, realServer, `${realServer.origin}/`, { bridge: '__atlas', reducedMotion: motion }), problems);
    await safely('warm-up (scale)', () => coldLoad(browser, scaleServer, `${scaleServer.origin}/`, { bridge: '__atlas', reducedMotion: motion, timeoutMs: 180_000 }), problems);
    const loads = { real: [], scale: [] };
    for (let i = 0; i < args.runs; i++) {
      for (const which of i % 2 ? ['scale', 'real'] : ['real', 'scale']) {
        const server = which === 'real' ? realServer : scaleServer;
        const r = await safely(`${which} cold load ${i + 1}`, () => coldLoad(browser, server, `${server.origin}/`, { bridge: '__atlas', reducedMotion: motion, timeoutMs: 180_000 }), problems);
        if (r) loads[which].push(r);
      }
      log(`run ${i + 1}/${args.runs}: real ${fmtMs(loads.real.at(-1)?.idleMs)}, scale ${fmtMs(loads.scale.at(-1)?.idleMs)}`);
    }

    const interact = async (which, server, zoneIds) =>
      safely(`${which} interactions`, async () => {
        const result = {};
        for (const [key, query] of [['clicks', `?view=${LIST_VIEW}`], ['keys', '']]) {
          const { context, page } = await openApp(browser, `${server.origin}/${query}`, { reducedMotion: motion });
          try {
            result[key] = key === 'clicks' ? await zoneClicks(page, zoneIds, args.runs, 'list') : await searchKeystrokes(page, SEARCH_WORD, Math.max(2, Math.min(args.runs, 5)));
          } finally {
            await context.close();
          }
        }
        return result;
      }, problems);
    log('interactions …');
    const realZones = real.zones.map((z) => z.id).slice(0, 3);
    const inter = {
      real: await interact('real', realServer, realZones),
      scale: await interact('scale', scaleServer, [...new Set([...realZones, ids[Math.floor(ids.length / 2)], ids.at(-1)])]),
    };

    const st = {
      realIdle: stats(loads.real.map((r) => r.idleMs)),
      scaleIdle: stats(loads.scale.map((r) => r.idleMs)),
      realClick: stats(inter.real?.clicks.times ?? []),
      scaleClick: stats(inter.scale?.clicks.times ?? []),
      realKeys: stats((inter.real?.keys.perKey ?? []).flat().map((k) => k?.work ?? null)),
      scaleKeys: stats((inter.scale?.keys.perKey ?? []).flat().map((k) => k?.work ?? null)),
      realKeysPaint: stats((inter.real?.keys.perKey ?? []).flat().map((k) => k?.paint ?? null)),
      scaleKeysPaint: stats((inter.scale?.keys.perKey ?? []).flat().map((k) => k?.paint ?? null)),
    };
    const loadRatio = ratio(st.scaleIdle.median, st.realIdle.median);
    const dataBytes = (runs) => median(runs.map((r) => r.bytesBeforeIdle.data));
    const rows = [
      msRow('cold load -> map idle: real dataset', st.realIdle),
      msRow(`cold load -> map idle: ${sizeLabel}`, st.scaleIdle, {
        ratio: round(loadRatio, 2) ?? '—',
        target: `<= ${TARGETS.scaleLoadRatio}`,
        pass: passFail(loadRatio === null ? null : loadRatio <= TARGETS.scaleLoadRatio),
      }),
      { metric: 'data on the wire before idle, gz: scale (real)', median: `${fmtKB(dataBytes(loads.scale))} (${fmtKB(dataBytes(loads.real))})` },
      msRow(`click zone in list -> panel painted: real (n=${st.realClick.n})`, st.realClick, { target: `< ${TARGETS.clickMs} ms median`, pass: passFail(st.realClick.median === null ? null : st.realClick.median < TARGETS.clickMs) }),
      msRow(`click zone in list -> panel painted: scale (n=${st.scaleClick.n})`, st.scaleClick, { target: `< ${TARGETS.clickMs} ms median`, pass: passFail(st.scaleClick.median === null ? null : st.scaleClick.median < TARGETS.clickMs) }),
      {
        metric: `search("${SEARCH_WORD}") per keystroke, Node: real`,
        median: fmtMs(stats(search.real.medians).median),
        max: `${fmtMs(search.real.worstMedian)} (1st pass ${fmtMs(search.real.worstFirst)})`,
        target: `< ${TARGETS.searchMs} ms`,
        pass: passFail(search.real.worstMedian < TARGETS.searchMs),
      },
      {
        metric: `search("${SEARCH_WORD}") per keystroke, Node: scale`,
        median: fmtMs(stats(search.scale.medians).median),
        max: `${fmtMs(search.scale.worstMedian)} (1st pass ${fmtMs(search.scale.worstFirst)})`,
        target: `< ${TARGETS.searchMs} ms`,
        pass: passFail(search.scale.worstMedian < TARGETS.searchMs),
      },
      { metric: 'search index build, Node: scale (real)', median: `${fmtMs(search.scale.buildMs)} (${fmtMs(search.real.buildMs)})` },
      msRow(`keystroke -> search + results rendered, browser: real (n=${st.realKeys.n})`, st.realKeys, { target: `< ${TARGETS.searchMs} ms median`, pass: passFail(st.realKeys.median === null ? null : st.realKeys.median < TARGETS.searchMs) }),
      msRow(`keystroke -> search + results rendered, browser: scale (n=${st.scaleKeys.n})`, st.scaleKeys, { target: `< ${TARGETS.searchMs} ms median`, pass: passFail(st.scaleKeys.median === null ? null : st.scaleKeys.median < TARGETS.searchMs) }),
      msRow('keystroke -> results painted (next frame), browser: real', st.realKeysPaint),
      msRow('keystroke -> results painted (next frame), browser: scale', st.scaleKeysPaint),
      { metric: 'validate synthetic dataset with DatasetSchema, Node', median: fmtMs(validateMs) },
    ];
    const columns = ['metric', 'median', 'min', 'max', 'ratio', 'target', 'pass'];
    console.log(`\nScale: ${synthetic.zones.length} zones, ${synthetic.enterprises.length} enterprises vs the real dataset — ${args.runs} cold loads each, motion: ${motion}\n`);
    console.log(textTable(rows, columns));
    const notes = [
      'Zone ids are open slugs checked against the loaded data: the app and its schemas run unchanged on the synthetic dataset.',
      ...[...new Set(problems)].slice(0, 8),
    ];
    if (inter.scale?.clicks.skipped.length) notes.push(`scale: zones without a visible list button: ${inter.scale.clicks.skipped.join(', ')}`);
    if (inter.scale?.keys.note) notes.push(`scale: ${inter.scale.keys.note}`);
    console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
    writeJson('latest-scale.json', {
      date: new Date().toISOString(),
      machine,
      runs: args.runs,
      motion,
      sizes: { zones: synthetic.zones.length, enterprises: synthetic.enterprises.length },
      validateMs,
      search,
      summary: { loadRatio, ...st },
      loads,
      interactions: inter,
      notes,
    });
    if (args.write) {
      const cond = `headless, WebGL on SwiftShader, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${args.runs} cold loads each (fresh context, alternating), motion: ${motion}; search typed "${SEARCH_WORD}" one key at a time`;
      appendBenchmarks(`npm run bench -- --scale (${args.runs} runs)`, machine, cond, rows, columns, notes);
    }
  } finally {
    await browser.close();
    await realServer.close();
    await scaleServer.close();
  }
}

const args = parseArgs(process.argv.slice(2));
(args.scale ? runScale(args) : runMain(args)).catch((e) => {
  console.error(`\nbench failed: ${e.stack ?? e.message}`);
  process.exit(1);
});
