// @vitest-environment node
/**
 * Checks the committed output of scripts/build-basemap.mjs (public/basemap/* and
 * public/data/zone-outlines.geojson) for what a reader of the map would notice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ZoneOutlinesSchema } from '../src/lib/data/schemas';
import { MAP_EXTENT } from '../src/config/map-extent';

type Position = number[];
type Ring = Position[];
type Polygon = Ring[];
interface Geometry {
  type: string;
  coordinates: unknown;
}
interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: Geometry;
}
interface FC {
  type: 'FeatureCollection';
  features: Feature[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BASEMAP = path.join(ROOT, 'public/basemap');
const read = (file: string): FC => JSON.parse(fs.readFileSync(file, 'utf8')) as FC;
const basemap = (name: string) => read(path.join(BASEMAP, name));

/** The region of the basemap (REGION_BBOX in build-basemap.mjs, from src/config/map-extent.json): west, south, east, north. */
const REGION = MAP_EXTENT.region;

const land = basemap('land.geojson');
const districts = basemap('districts.geojson');
const boundaries = basemap('boundaries.geojson');
const labels = basemap('labels.geojson');
const aeroways = basemap('aeroways.geojson');
const landmarks = basemap('landmarks.geojson');
const outlines = read(path.join(ROOT, 'public/data/zone-outlines.geojson'));

function positions(coords: unknown, out: Position[] = []): Position[] {
  if (Array.isArray(coords) && typeof coords[0] === 'number') out.push(coords as Position);
  else if (Array.isArray(coords)) for (const c of coords) positions(c, out);
  return out;
}

function polygons(g: Geometry): Polygon[] {
  if (g.type === 'Polygon') return [g.coordinates as Polygon];
  if (g.type === 'MultiPolygon') return g.coordinates as Polygon[];
  return [];
}

function lines(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates as Position[]];
  if (g.type === 'MultiLineString') return g.coordinates as Position[][];
  return [];
}

const xy = (p: Position): [number, number] => [p[0] ?? NaN, p[1] ?? NaN];

function inRing(pt: Position, ring: Ring): boolean {
  const [x, y] = xy(pt);
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = xy(ring[i] ?? []);
    const [xj, yj] = xy(ring[j] ?? []);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygons(pt: Position, polys: Polygon[]): boolean {
  return polys.some(([outer, ...holes]) => !!outer && inRing(pt, outer) && !holes.some((h) => inRing(pt, h)));
}

/** Local metres per degree of longitude and latitude. */
const metres = (lat: number) => [111_320 * Math.cos((lat * Math.PI) / 180), 110_574] as const;

function distanceKm(a: Position, b: Position): number {
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  const [kx, ky] = metres((ay + by) / 2);
  return Math.hypot((ax - bx) * kx, (ay - by) * ky) / 1000;
}

/** Distance in km from a point to polygons (0 inside). */
function distanceToPolygonsKm(pt: Position, polys: Polygon[]): number {
  if (inPolygons(pt, polys)) return 0;
  const [px, py] = xy(pt);
  const [kx, ky] = metres(py);
  let best = Infinity;
  for (const poly of polys) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = xy(ring[i - 1] ?? []);
        const [x1, y1] = xy(ring[i] ?? []);
        const ax = (x0 - px) * kx;
        const ay = (y0 - py) * ky;
        const dx = (x1 - x0) * kx;
        const dy = (y1 - y0) * ky;
        const len2 = dx * dx + dy * dy;
        const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best / 1000;
}

/** Area in km² (equirectangular around each ring; holes subtracted). */
function areaKm2(polys: Polygon[]): number {
  let total = 0;
  for (const poly of polys) {
    poly.forEach((ring, k) => {
      const lat0 = xy(ring[0] ?? [])[1];
      const [kx, ky] = metres(lat0);
      let a = 0;
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = xy(ring[i - 1] ?? []);
        const [x1, y1] = xy(ring[i] ?? []);
        a += x0 * kx * (y1 * ky) - x1 * kx * (y0 * ky);
      }
      total += (k === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  }
  return total / 1e6;
}


const landPolys = land.features.flatMap((f) => polygons(f.geometry));
const byAdcode = (adcode: string) => {
  const f = districts.features.find((d) => d.properties.adcode === adcode);
  if (!f) throw new Error(`district ${adcode} missing`);
  return f;
};

describe('Dalian districts', () => {
  const expected: Record<string, [string, string, string]> = {
    '210202': ['中山区', 'Zhongshan District', 'district'],
    '210203': ['西岗区', 'Xigang District', 'district'],
    '210204': ['沙河口区', 'Shahekou District', 'district'],
    '210211': ['甘井子区', 'Ganjingzi District', 'district'],
    '210212': ['旅顺口区', 'Lüshunkou District', 'district'],
    '210213': ['金州区', 'Jinzhou District', 'district'],
    '210214': ['普兰店区', 'Pulandian District', 'district'],
    '210224': ['长海县', 'Changhai County', 'county'],
    '210281': ['瓦房店市', 'Wafangdian', 'county-city'],
    '210283': ['庄河市', 'Zhuanghe', 'county-city'],
  };

  it('has all ten districts and counties, with Chinese and English names', () => {
    expect(districts.features.map((f) => f.properties.adcode).sort()).toEqual(Object.keys(expected).sort());
    for (const f of districts.features) {
      const [zh, en, kind] = expected[String(f.properties.adcode)] ?? [];
      expect(f.properties).toMatchObject({ nameZh: zh, nameEn: en, kind });
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('labels each district inside its own polygon', () => {
    const districtLabels = labels.features.filter((f) => f.properties.kind === 'district');
    expect(districtLabels).toHaveLength(10);
    for (const l of districtLabels) {
      const d = byAdcode(String(l.properties.adcode));
      expect(l.properties.nameEn).toBe(d.properties.nameEn);
      expect(inPolygons(l.geometry.coordinates as Position, polygons(d.geometry))).toBe(true);
    }
  });

  it('keeps the islands: Changhai County and Changxing Island (Wafangdian) are drawn', () => {
    // Dachangshan Island (Changhai's seat) and Changxing Island (WGS84, Wikipedia).
    expect(distanceToPolygonsKm([122.583, 39.2714], polygons(byAdcode('210224').geometry))).toBeLessThan(1);
    expect(inPolygons([121.3875, 39.58083], polygons(byAdcode('210281').geometry))).toBe(true);
    expect(polygons(byAdcode('210224').geometry).length).toBeGreaterThan(5);
  });
});

describe('coordinates', () => {
  const files: [string, FC][] = [
    ['land', land],
    ['districts', districts],
    ['boundaries', boundaries],
    ['labels', labels],
    ['aeroways', aeroways],
    ['landmarks', landmarks],
    ['zone outlines', outlines],
  ];

  it.each(files)('%s: every coordinate is inside the region and rounded to 5 decimals', (_name, fc) => {
    const [w, s, e, n] = REGION;
    const pts = fc.features.flatMap((f) => positions(f.geometry.coordinates));
    expect(pts.length).toBeGreaterThan(0);
    for (const p of pts) {
      const [x, y] = xy(p);
      expect(x >= w && x <= e && y >= s && y <= n, `${x},${y} outside the region`).toBe(true);
      expect(Math.round(x * 1e5) / 1e5).toBe(x);
      expect(Math.round(y * 1e5) / 1e5).toBe(y);
    }
  });

  it('converted DataV (GCJ-02) to WGS84: Jinzhou seat at WGS 121.78430, 39.05172, not at the GCJ value', () => {
    const seat = labels.features.find((f) => f.properties.kind === 'town' && f.properties.nameZh === '金州');
    expect(seat).toBeDefined();
    const p = seat?.geometry.coordinates as Position;
    expect(distanceKm(p, [121.7843, 39.05172])).toBeLessThan(0.05);
    expect(distanceKm(p, [121.789413, 39.052745])).toBeGreaterThan(0.4);
  });

  it('puts the districts on the OSM coast: Dalian city centre lies in Xigang/Zhongshan, not in the sea', () => {
    const dalian = labels.features.find((f) => f.properties.kind === 'city' && f.properties.nameEn === 'Dalian');
    expect(dalian?.properties.rank).toBe(1);
    expect(inPolygons(dalian?.geometry.coordinates as Position, landPolys)).toBe(true);
  });
});

describe('landmarks', () => {
  it('draws the runways and taxiways of the OSM extract, runway 10/28 of Zhoushuizi among them', () => {
    const kinds = new Set(aeroways.features.map((f) => f.properties.aeroway));
    expect([...kinds].sort()).toEqual(['runway', 'taxiway']);
    const zhoushuizi = aeroways.features.filter((f) => f.properties.ref === '10/28');
    expect(zhoushuizi.length).toBeGreaterThan(0);
    for (const f of zhoushuizi) for (const p of lines(f.geometry).flat()) expect(distanceKm(p, [121.539, 38.9657])).toBeLessThan(2.5);
  });

  it('labels the airport in both languages, saying which name is sourced and which is our translation', () => {
    const airports = landmarks.features.filter((f) => f.properties.kind === 'airport');
    expect(airports).toHaveLength(1);
    expect(airports[0]?.properties).toMatchObject({
      nameEn: 'Dalian Zhoushuizi International Airport',
      nameZh: '大连周水子国际机场',
      nameEnIs: 'sourced',
      nameZhIs: 'translation',
    });
    // On runway 10/28, inside Ganjingzi District, on land.
    const pt = airports[0]?.geometry.coordinates as Position;
    expect(inPolygons(pt, polygons(byAdcode('210211').geometry))).toBe(true);
  });

  it('names every station in Chinese (OSM), with pinyin marked as a transliteration, main stations flagged', () => {
    const stations = landmarks.features.filter((f) => f.properties.kind === 'station');
    expect(stations.length).toBeGreaterThan(30);
    for (const f of stations) {
      expect(String(f.properties.nameZh)).toMatch(/^\p{Script=Han}+$/u);
      expect(String(f.properties.nameEn)).toMatch(/^[A-ZÜ][a-zü']+$/);
      expect(f.properties.nameEnIs).toBe('transliteration');
      expect(['train', 'subway', 'tram']).toContain(f.properties.station);
    }
    const main = stations.filter((f) => f.properties.main).map((f) => f.properties.nameZh);
    expect(main).toEqual(expect.arrayContaining(['大连', '大连北', '金州']));
    expect(main).not.toContain('周水子');
    expect(stations.find((f) => f.properties.nameZh === '大连北')?.properties.nameEn).toBe('Dalianbei');
  });
});

describe('boundaries and labels', () => {
  it('draws district and city boundaries, never along the coast', () => {
    const levels = new Set(boundaries.features.map((f) => f.properties.level));
    expect([...levels].sort()).toEqual(['city', 'district']);
    const key = (a: Position, b: Position) => {
      const [p, q] = [a.join(','), b.join(',')].sort();
      return `${p}|${q}`;
    };
    const coast = new Set<string>();
    for (const poly of landPolys) for (const ring of poly) for (let i = 1; i < ring.length; i++) coast.add(key(ring[i - 1] ?? [], ring[i] ?? []));
    let segments = 0;
    let onCoast = 0;
    for (const f of boundaries.features) {
      for (const line of lines(f.geometry)) {
        for (let i = 1; i < line.length; i++) {
          segments++;
          if (coast.has(key(line[i - 1] ?? [], line[i] ?? []))) onCoast++;
        }
      }
    }
    expect(segments).toBeGreaterThan(100);
    expect(onCoast).toBe(0);
  });

  it('names the seas in open water and the neighbouring cities', () => {
    const kinds = new Set(['sea', 'strait', 'district', 'city', 'town']);
    for (const f of labels.features) {
      expect(kinds.has(String(f.properties.kind))).toBe(true);
      expect(String(f.properties.nameZh)).toMatch(/\p{Script=Han}/u);
      expect(String(f.properties.nameEn)).toMatch(/^[A-Z]/);
      expect(Number.isInteger(f.properties.rank) && Number(f.properties.rank) >= 1).toBe(true);
    }
    const water = labels.features.filter((f) => f.properties.kind === 'sea' || f.properties.kind === 'strait');
    expect(water.map((f) => f.properties.nameEn)).toEqual(expect.arrayContaining(['Bohai Sea', 'Yellow Sea', 'Korea Bay', 'Bohai Strait', 'Liaodong Bay']));
    for (const f of water) expect(inPolygons(f.geometry.coordinates as Position, landPolys), String(f.properties.nameEn)).toBe(false);
    const cities = labels.features.filter((f) => f.properties.kind === 'city').map((f) => f.properties.nameEn);
    expect(cities).toEqual(expect.arrayContaining(['Dalian', 'Yingkou', 'Dandong', 'Yantai', 'Weihai']));
    expect(labels.features.find((f) => f.properties.nameZh === '营口')?.properties).toMatchObject({ kind: 'city', nameEn: 'Yingkou' });
    expect(labels.features.find((f) => f.properties.nameZh === '烟台')?.properties).toMatchObject({ kind: 'city', nameEn: 'Yantai' });
  });

  it('fits in 400 KB gzipped', () => {
    let total = 0;
    for (const name of fs.readdirSync(BASEMAP)) total += zlib.gzipSync(fs.readFileSync(path.join(BASEMAP, name))).length;
    expect(total).toBeLessThanOrEqual(400 * 1024);
  });

  it('names its sources and licences', () => {
    const text = fs.readFileSync(path.join(BASEMAP, 'ATTRIBUTION.md'), 'utf8');
    expect(text).toContain('© OpenStreetMap contributors');
    expect(text).toContain('ODbL');
    expect(text).toContain('DataV.GeoAtlas');
    expect(text).toMatch(/@geo-maps\/countries-land-10m` version \d+\.\d+\.\d+/);
    expect(text).toContain('OpenQGIS/OMap-GeoDB');
    expect(text).toContain('Vonng/adcode');
    expect(text).toContain('CC BY 4.0');
    expect(text).toMatch(/\*\*Ports:\*\* none is drawn/);
  });
});

/** True when two segments cross at a point interior to both (shared end points do not count). */
function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  const [cx, cy] = xy(c);
  const [dx, dy] = xy(d);
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const o1 = o(ax, ay, bx, by, cx, cy);
  const o2 = o(ax, ay, bx, by, dx, dy);
  const o3 = o(cx, cy, dx, dy, ax, ay);
  const o4 = o(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Pairs of non-adjacent edges of a ring that cross (bounding boxes first, so it stays cheap). */
function selfIntersections(ring: Ring): number {
  const n = ring.length - 1;
  const boxes = Array.from({ length: n }, (_, i) => {
    const [x0, y0] = xy(ring[i] ?? []);
    const [x1, y1] = xy(ring[i + 1] ?? []);
    return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)] as const;
  });
  const order = [...boxes.keys()].sort((i, j) => (boxes[i]?.[0] ?? 0) - (boxes[j]?.[0] ?? 0));
  let crossings = 0;
  for (let a = 0; a < order.length; a++) {
    const i = order[a] ?? 0;
    const bi = boxes[i];
    if (!bi) continue;
    for (let b = a + 1; b < order.length; b++) {
      const j = order[b] ?? 0;
      const bj = boxes[j];
      if (!bj || bj[0] > bi[2]) break;
      if (Math.abs(i - j) <= 1 || (i === 0 && j === n - 1) || (j === 0 && i === n - 1)) continue;
      if (bj[1] > bi[3] || bj[3] < bi[1]) continue;
      if (segmentsCross(ring[i] ?? [], ring[i + 1] ?? [], ring[j] ?? [], ring[j + 1] ?? [])) crossings++;
    }
  }
  return crossings;
}

/**
 * The largest share of a ring's vertices that lie at the same distance (within 2 %) from the ring's
 * centre (the mean of its vertices): close to 1 for a disc, low for a coast or a street outline.
 */
function sameDistanceShare(ring: Ring): number {
  const pts = ring.slice(0, -1);
  const cx = pts.reduce((a, p) => a + xy(p)[0], 0) / pts.length;
  const cy = pts.reduce((a, p) => a + xy(p)[1], 0) / pts.length;
  const d = pts.map((p) => distanceKm(p, [cx, cy])).sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < d.length; i++) {
    while (j < d.length && (d[j] ?? 0) <= (d[i] ?? 0) * 1.04) j++;
    best = Math.max(best, j - i);
  }
  return best / pts.length;
}

const sourcesJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/data/sources.json'), 'utf8')) as { id: string }[];
const zonesJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/data/zones.json'), 'utf8')) as { id: string; parentZoneId?: string; drawnAs?: string }[];
/** The zones of the data drawn as outlines (ids are open: never a list in code); the others are points only. */
const ZONE_IDS = zonesJson.filter((z) => z.drawnAs !== 'point').map((z) => z.id);

describe('zone outlines', () => {
  /** Research points (zone-locations.json), WGS84 [lon, lat]. */
  const points: Record<string, Position> = {
    dagushan: [121.846, 38.994],
    'high-tech-zone': [121.445, 38.863],
    huayuankou: [122.636, 39.567],
    'bonded-area': [121.9, 39.04],
  };
  /** The research points' stated uncertainty (km): the Bonded Area's point is at the head of the bay, its outline on the shore. */
  const near: Record<string, number> = { dagushan: 1, 'high-tech-zone': 1, huayuankou: 1, 'bonded-area': 5 };
  /** The areas the issue names for each zone, in km² (the Development Zone has two). */
  const sourced: Record<string, number[]> = {
    'high-tech-zone': [153],
    huayuankou: [268],
    'development-zone': [404.98, 338],
    dagushan: [40.1],
    'bonded-area': [6.88],
  };
  const feature = (id: string) => {
    const f = outlines.features.find((o) => o.properties.zoneId === id);
    if (!f) throw new Error(`no outline for ${id}`);
    return f;
  };
  const outline = (id: string) => polygons(feature(id).geometry);
  type Props = {
    method: { en: string; zh: string; zhIsTranslation?: boolean };
    summary: { en: string; zh: string };
    streets: { code: string; nameZh: string; nameEn: string; centre: string }[];
    sourcedArea: { km2: number; sourceIds: string[] };
    otherSourcedAreas?: { km2: number }[];
    areaKm2: number;
    drawnAreaKm2?: number;
    cutOutZoneIds?: string[];
    sourceIds: string[];
  };
  const props = (id: string) => feature(id).properties as unknown as Props;

  it('validates against ZoneOutlinesSchema, one outline per zone drawn as an outline, citing sources that exist', () => {
    const result = v.safeParse(ZoneOutlinesSchema, outlines);
    expect(result.issues ?? []).toEqual([]);
    expect(outlines.features.map((f) => f.properties.zoneId).sort()).toEqual([...ZONE_IDS].sort());
    const known = new Set(sourcesJson.map((s) => s.id));
    for (const id of ZONE_IDS) {
      const p = props(id);
      for (const s of [...p.sourceIds, ...p.sourcedArea.sourceIds]) expect(known.has(s), `${id} cites ${s}`).toBe(true);
      expect(p.sourceIds).toEqual(expect.arrayContaining(['vonng-adcode', 'datav-geoatlas', 'osm-land-polygons']));
    }
  });

  it.each([...ZONE_IDS])('%s: every ring is closed and none crosses itself', (id) => {
    for (const poly of outline(id)) {
      for (const ring of poly) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        expect(selfIntersections(ring)).toBe(0);
      }
      expect(areaKm2([poly])).toBeGreaterThan(0);
    }
  });

  it('the validity checks catch a bow-tie and a disc', () => {
    const bowTie: Ring = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]];
    expect(selfIntersections(bowTie)).toBe(1);
    const disc: Ring = Array.from({ length: 65 }, (_, i) => [121.8 + 0.05 * Math.sin((i * Math.PI) / 32) / 0.777, 39 + 0.05 * Math.cos((i * Math.PI) / 32)]);
    expect(sameDistanceShare(disc)).toBeGreaterThan(0.9);
  });

  it.each([...ZONE_IDS])('%s is neither a disc nor a rectangle', (id) => {
    for (const poly of outline(id)) {
      const outer = poly[0] ?? [];
      if (areaKm2([[outer]]) < 1) continue; // small islands of a coast
      expect(sameDistanceShare(outer)).toBeLessThan(0.5);
      expect(outer.length, 'four corners and the closing point').toBeGreaterThan(5);
    }
  });

  it.each([...ZONE_IDS])('%s: its area is within ±35 %% of the sourced area, and the recorded areas are right', (id) => {
    const p = props(id);
    expect(sourced[id]).toContain(p.sourcedArea.km2);
    const children = (p.cutOutZoneIds ?? []).map((c) => areaKm2(outline(c))).reduce((a, b) => a + b, 0);
    const drawn = areaKm2(outline(id));
    const whole = drawn + children;
    expect(whole / p.sourcedArea.km2).toBeGreaterThan(0.65);
    expect(whole / p.sourcedArea.km2).toBeLessThan(1.35);
    expect(Math.abs(whole - p.areaKm2) / p.areaKm2).toBeLessThan(0.02);
    if (p.drawnAreaKm2 !== undefined) expect(Math.abs(drawn - p.drawnAreaKm2) / p.drawnAreaKm2).toBeLessThan(0.02);
  });

  it('names the Development Zone area used, and keeps the other one', () => {
    const p = props('development-zone');
    expect(p.sourcedArea.km2).toBe(404.98);
    expect(p.otherSourcedAreas?.map((a) => a.km2)).toEqual([338]);
    expect(p.method.en).toContain('404.98 km²');
    expect(p.method.en).toContain('338 km²');
  });

  it.each([...ZONE_IDS])('%s: the method names its streets and sources, in English and in Chinese (marked as a translation)', (id) => {
    const p = props(id);
    expect(p.streets.length).toBeGreaterThan(0);
    for (const st of p.streets) {
      const short = st.nameZh.replace(/街道$/u, '');
      expect(p.method.en).toContain(short);
      expect(p.method.zh).toContain(short);
      if (id !== 'bonded-area' && id !== 'dagushan') expect(p.summary.en).toContain(short);
    }
    expect(p.method.en).toMatch(/Vonng\/adcode/);
    expect(p.method.en).toMatch(/DataV\.GeoAtlas/);
    expect(p.method.en).toMatch(/OpenStreetMap/);
    expect(p.method.zh).toMatch(/Vonng\/adcode/);
    expect(p.method.zhIsTranslation).toBe(true);
    expect(p.method.en).toContain(`${p.sourcedArea.km2} km²`);
  });

  it('builds the High-tech Zone from its three streets, and says that 七贤岭 has no centre point', () => {
    const p = props('high-tech-zone');
    expect(p.streets.map((s) => s.nameZh)).toEqual(['凌水街道', '七贤岭街道', '龙王塘街道']);
    expect(p.streets.find((s) => s.nameZh === '七贤岭街道')?.centre).toBe('none');
    expect(p.method.en).toMatch(/七贤岭街道 has no centre point/);
    expect(p.summary.en).toMatch(/^Approximate: built from the boundaries of the 3 streets it administers/);
  });

  it.each(Object.entries(points))('%s contains (or is near) its research point', (id, pt) => {
    expect(distanceToPolygonsKm(pt, outline(id))).toBeLessThan(near[id] ?? 1);
  });

  it('is clipped to the land, and the Development Zone, Dagushan and the Bonded Area lie in Jinzhou District', () => {
    for (const id of ZONE_IDS) {
      for (const p of outline(id).flatMap((poly) => poly.flat())) expect(distanceToPolygonsKm(p, landPolys), id).toBeLessThan(0.01);
    }
    const jinzhou = polygons(byAdcode('210213').geometry);
    for (const id of ['development-zone', 'dagushan', 'bonded-area'])
      for (const p of outline(id).flatMap((poly) => poly.flat())) expect(distanceToPolygonsKm(p, jinzhou), id).toBeLessThan(0.05);
  });

  it('cuts the parent around its children: no land of Dagushan or the Bonded Area is inside the Development Zone as drawn', () => {
    const children = zonesJson.filter((z) => z.parentZoneId === 'development-zone' && ZONE_IDS.includes(z.id)).map((z) => z.id).sort();
    expect(children).toEqual(['bonded-area', 'dagushan']);
    expect([...(props('development-zone').cutOutZoneIds ?? [])].sort()).toEqual(children);
    const parent = outline('development-zone');
    for (const id of children) {
      const child = outline(id);
      let inside = 0;
      let inParent = 0;
      for (let x = 121.7; x < 122.0; x += 0.003) {
        for (let y = 38.9; y < 39.1; y += 0.003) {
          if (!inPolygons([x, y], child)) continue;
          inside++;
          if (inPolygons([x, y], parent)) inParent++;
        }
      }
      expect(inside, id).toBeGreaterThan(50);
      expect(inParent, id).toBe(0);
      // ... and the child is on the parent's streets: its land touches the parent's cut edge.
      const gap = Math.min(...child.flatMap((poly) => poly.flat()).map((p) => distanceToPolygonsKm(p, parent)));
      expect(gap, id).toBeLessThan(0.05);
    }
  });
});

// Issue 16, items 7 and 8.
describe('seams and duplicates', () => {
  const segments = (fc: FC) =>
    fc.features.flatMap((f) => polygons(f.geometry).flatMap((p) => p.flatMap((ring) => ring.slice(1).map((b, i) => [ring[i] ?? [], b] as const))));
  const inBox = (p: Position, [w, s, e, n]: readonly number[]) => xy(p)[0] > (w ?? 0) && xy(p)[0] < (e ?? 0) && xy(p)[1] > (s ?? 0) && xy(p)[1] < (n ?? 0);

  it('keeps the coast detail of its source near the city: a vertex every few hundred metres', () => {
    // Downtown, Dalian Bay and the port (the source has a vertex about every 250 m to 1.3 km there).
    const city = [121.5, 38.8, 121.8, 39.0];
    const near = segments(land).filter(([a, b]) => inBox(a, city) && inBox(b, city)).map(([a, b]) => distanceKm(a, b) * 1000);
    near.sort((a, b) => a - b);
    expect(near.length).toBeGreaterThan(100);
    expect(near[Math.floor(near.length / 2)]).toBeLessThan(700);
  });

  it("shows no straight cut of the land inside the camera bounds: the long straight edges are the region's, outside them", () => {
    const [w, s, e, n] = MAP_EXTENT.cameraBounds;
    const [rw, rs, re, rn] = MAP_EXTENT.region;
    expect(w > rw && s > rs && e < re && n < rn).toBe(true);
    const straight = segments(land).filter(([a, b]) => {
      const [ax, ay] = xy(a);
      const [bx, by] = xy(b);
      return (Math.abs(ax - bx) < 1e-9 || Math.abs(ay - by) < 1e-9) && distanceKm(a, b) > 6;
    });
    // The region's cut makes long straight edges (hundreds of km)...
    expect(straight.length).toBeGreaterThan(0);
    // ...all on the region's edge, never inside the camera bounds. (The source has a few axis-aligned
    // runs of 3 to 5.5 km of its own, e.g. on the Yalu and the Shandong coast: under 6 km, not cuts.)
    const onEdge = (p: Position) => [rw, re].some((x) => Math.abs(xy(p)[0] - x) < 1e-6) || [rs, rn].some((y) => Math.abs(xy(p)[1] - y) < 1e-6);
    for (const [a, b] of straight) {
      expect(onEdge(a) && onEdge(b), `straight edge ${String(a)} - ${String(b)}`).toBe(true);
      expect(inBox(a, MAP_EXTENT.cameraBounds) || inBox(b, MAP_EXTENT.cameraBounds)).toBe(false);
    }
  });

  it('names each place once, and a station beside a place of its name is that place (one marker)', () => {
    const places = labels.features.filter((f) => f.properties.kind === 'city' || f.properties.kind === 'town');
    const names = places.map((f) => String(f.properties.nameZh));
    expect(names.filter((x, i) => names.indexOf(x) !== i)).toEqual([]);
    const stations = landmarks.features.filter((f) => f.properties.kind === 'station');
    const merged = stations.filter((f) => f.properties.sameAsPlace === true).map((f) => String(f.properties.nameZh));
    expect(merged.sort()).toEqual(['大连', '普兰店', '瓦房店']);
    for (const st of stations) {
      const twin = places.find((p) => p.properties.nameZh === st.properties.nameZh && distanceKm(p.geometry.coordinates as Position, st.geometry.coordinates as Position) < 2);
      expect(Boolean(twin), `station ${String(st.properties.nameZh)}`).toBe(st.properties.sameAsPlace === true);
    }
  });
});
