// Byte sizes of a Vite build, gzipped: what the first screen needs (the entry chunk, its static
// imports and the CSS that index.html links), and whole folders (basemap, data). Shared by
// scripts/check-budgets.mjs and the benchmark (scripts/bench/run.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

/** Gzipped size in bytes (level 9, as a static host or the benchmark server would send it). */
export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export function fmtKb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out.sort();
}

/** Total raw and gzipped bytes of every file under `dir` (each file compressed on its own). */
export function folderSize(dir) {
  const files = listFiles(dir).map((file) => {
    const buf = readFileSync(file);
    return { file: relative(dir, file), raw: buf.length, gz: gzipSize(buf) };
  });
  return { files, raw: sum(files, 'raw'), gz: sum(files, 'gz') };
}

const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);

// `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"` — not `import("./a.js")`.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** Relative specifiers a built chunk imports statically. */
export function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(STATIC_IMPORT)) found.add(m[1]);
  return [...found];
}

/**
 * The files the first screen needs, from the build's index.html: its module script, the chunks it
 * preloads, every chunk those import statically (followed transitively), and the stylesheets it links.
 * `base` is the build's base URL (Vite's `base`), stripped from absolute URLs.
 */
export function initialAssets(distDir, base = '/') {
  const htmlPath = join(distDir, 'index.html');
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} does not exist: build the app first (npm run build or npm run build:test).`);
  const html = readFileSync(htmlPath, 'utf8');
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=["']([^"']+)["']`))?.[1];
  const toFile = (url) => {
    let path = url.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0];
    if (path.startsWith(base)) path = path.slice(base.length);
    return join(distDir, decodeURI(path.replace(/^\//, '')));
  };
  const js = new Set();
  const css = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    if (src && /type=["']module["']/.test(tag)) js.add(toFile(src));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') js.add(toFile(href));
    if (rel === 'stylesheet') css.add(toFile(href));
  }
  const queue = [...js];
  while (queue.length) {
    const file = queue.pop();
    if (!existsSync(file)) throw new Error(`index.html names ${relative(distDir, file)}, which is not in the build`);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const dep = spec.startsWith('/') ? toFile(spec) : join(file, '..', spec);
      if (!js.has(dep) && existsSync(dep)) {
        js.add(dep);
        queue.push(dep);
      }
    }
  }
  const measure = (files) =>
    [...files].map((file) => {
      const buf = readFileSync(file);
      return { file: posix.normalize(relative(distDir, file)), raw: buf.length, gz: gzipSize(buf) };
    }).sort((a, b) => b.gz - a.gz);
  const jsRows = measure(js);
  const cssRows = measure(css);
  return { js: { files: jsRows, raw: sum(jsRows, 'raw'), gz: sum(jsRows, 'gz') }, css: { files: cssRows, raw: sum(cssRows, 'raw'), gz: sum(cssRows, 'gz') } };
}

/** Every size the budgets cover, plus totals for context. */
export function buildSizes(distDir) {
  const initial = initialAssets(distDir);
  const assets = listFiles(join(distDir, 'assets'));
  const byExt = (re) => {
    const rows = assets.filter((f) => re.test(f)).map((f) => {
      const buf = readFileSync(f);
      return { file: relative(distDir, f), raw: buf.length, gz: gzipSize(buf) };
    });
    return { files: rows, raw: sum(rows, 'raw'), gz: sum(rows, 'gz') };
  };
  return {
    initialJs: initial.js,
    initialCss: initial.css,
    css: byExt(/\.css$/),
    allJs: byExt(/\.m?js$/),
    basemap: folderSize(join(distDir, 'basemap')),
    ...dataSizes(distDir),
  };
}

/**
 * The data in two parts: what the first screen fetches (the files index.html preloads: the zone
 * index, the clusters, figures, sources, enterprises and outlines) and what is fetched on demand
 * (each zone's file when its panel opens, the search index when the search is first used).
 */
export function dataSizes(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const preloaded = new Set([...html.matchAll(/<link[^>]*rel="preload"[^>]*href="\/?data\/([^"]+)"/g)].map((m) => m[1]));
  const all = folderSize(join(distDir, 'data'));
  const part = (keep) => {
    const files = all.files.filter((f) => keep(preloaded.has(f.file.split(sep).join('/'))));
    return { files, raw: sum(files, 'raw'), gz: sum(files, 'gz') };
  };
  return { data: part((pre) => pre), dataOnDemand: part((pre) => !pre) };
}
