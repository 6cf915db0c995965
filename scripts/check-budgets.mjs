#!/usr/bin/env node
// `npm run check:budgets [-- <build dir>] [--update]`: checks a production build against the gzipped
// byte budgets in budgets.json and fails, saying by how much and what is biggest, when one is
// exceeded. Default build dir: dist, else dist-test. `--update` rewrites budgets.json to the current
// sizes plus its `margin` (for a deliberate, explained increase).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSizes, fmtKb, KB } from './bench/sizes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUDGETS = join(ROOT, 'budgets.json');

const METRICS = {
  initialJs: {
    label: 'initial JS',
    what: 'entry chunk + its static imports (what index.html loads before anything runs)',
    fix: 'lazy-load what the first screen does not need (import() for panels, charts, the directory)',
  },
  css: { label: 'CSS', what: 'every stylesheet of the build', fix: 'drop unused rules or font subsets' },
  basemap: { label: 'basemap', what: 'public/basemap, copied to <build>/basemap', fix: 'simplify or quantize the geometry (npm run data:basemap)' },
  data: { label: 'first-screen data', what: 'the files of public/data that index.html preloads (zone index, clusters, figures, sources, enterprises, outlines)', fix: 'move what the first screen does not need into the per-zone files (zones/<id>.json) fetched on demand' },
  dataOnDemand: { label: 'data on demand', what: 'the rest of public/data: each zone\'s file and the search index', fix: 'drop fields no panel shows, or split the search index' },
};

const argv = process.argv.slice(2);
const update = argv.includes('--update');
const dirArg = argv.find((a) => !a.startsWith('--'));
const dist = dirArg ? resolve(dirArg) : [join(ROOT, 'dist'), join(ROOT, 'dist-test')].find((d) => existsSync(join(d, 'index.html')));
if (!dist || !existsSync(join(dist, 'index.html'))) {
  console.error(`check:budgets: no build found (${dirArg ?? 'dist or dist-test'}). Run \`npm run build\` first.`);
  process.exit(2);
}

const budgets = JSON.parse(readFileSync(BUDGETS, 'utf8'));
const sizes = buildSizes(dist);
const current = { initialJs: sizes.initialJs, css: sizes.css, basemap: sizes.basemap, data: sizes.data, dataOnDemand: sizes.dataOnDemand };

if (update) {
  const margin = budgets.margin ?? 0.05;
  budgets.measured = new Date().toISOString().slice(0, 10);
  for (const key of Object.keys(METRICS)) {
    budgets.budgets[key] = { ...budgets.budgets[key], gzipKB: Math.ceil((current[key].gz / KB) * (1 + margin)) };
  }
  writeFileSync(BUDGETS, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`check:budgets: budgets.json updated from ${dist} (+${Math.round(margin * 100)}%).`);
}

const biggest = (files) =>
  [...files]
    .sort((a, b) => b.gz - a.gz)
    .slice(0, 3)
    .map((f) => `${f.file} ${fmtKb(f.gz)}`)
    .join(', ');

const rows = [];
const failures = [];
for (const [key, meta] of Object.entries(METRICS)) {
  const budget = budgets.budgets[key]?.gzipKB;
  const size = current[key];
  if (typeof budget !== 'number') {
    failures.push(`${meta.label}: no budget in budgets.json (budgets.${key}.gzipKB)`);
    continue;
  }
  const limit = budget * KB;
  const ok = size.gz <= limit;
  rows.push([meta.label, fmtKb(size.gz), `${budget} KB`, limit > 0 ? `${((size.gz / limit) * 100).toFixed(0)}%` : '—', fmtKb(size.raw), ok ? 'ok' : 'OVER']);
  if (!ok) {
    failures.push(
      `${meta.label} is ${fmtKb(size.gz)} gz, budget ${budget} KB: grew by ${fmtKb(size.gz - limit)} — ${meta.what}; biggest: ${biggest(size.files)}.\n` +
        `  Make it smaller (${meta.fix}), or if the growth is deliberate, raise budgets.${key}.gzipKB in budgets.json and say why in the commit.`,
    );
  }
}

const header = ['budget', 'gzip', 'limit', 'used', 'raw', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(`Size budgets (gzip level 9, 1 KB = 1024 bytes) for ${dist}:`);
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));

if (failures.length) {
  console.error(`\ncheck:budgets failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll size budgets met.');
