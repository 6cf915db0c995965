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
import { ZONE_IDS, ZoneOutlinesSchema } from '../src/lib/data/schemas';

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

/** The region of the basemap (REGION_BBOX in build-basemap.mjs): west, south, east, north. */
const REGION = [119.5, 36.8, 124.8, 41.2] as const;

const land = basemap('land.geojson');
const districts = basemap('districts.geojson');
const neighbours = basemap('neighbours.geojson');
const boundaries = basemap('boundaries.geojson');
const labels = basemap('labels.geojson');
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

const bboxAreaKm2 = ([w, s, e, n]: readonly number[]) => {
  const [kx, ky] = metres(((s ?? 0) + (n ?? 0)) / 2);
  return (((e ?? 0) - (w ?? 0)) * kx * ((n ?? 0) - (s ?? 0)) * ky) / 1e6;
};

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
    ['neighbours', neighbours],
    ['boundaries', boundaries],
    ['labels', labels],
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
    expect(neighbours.features.find((f) => f.properties.nameZh === '营口市')?.properties).toMatchObject({ nameEn: 'Yingkou', province: 'Liaoning' });
    expect(neighbours.features.find((f) => f.properties.nameZh === '烟台市')?.properties).toMatchObject({ nameEn: 'Yantai', province: 'Shandong' });
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
  });
});

describe('zone outlines', () => {
  /** Research points (zone-locations.json), WGS84 [lon, lat]. */
  const points: Record<string, Position> = {
    dagushan: [121.846, 38.994],
    'high-tech-zone': [121.445, 38.863],
    huayuankou: [122.636, 39.567],
    'development-zone': [121.7843, 39.0517],
    'bonded-area': [121.9, 39.04],
  };
  const outline = (id: string) => {
    const f = outlines.features.find((o) => o.properties.zoneId === id);
    if (!f) throw new Error(`no outline for ${id}`);
    return polygons(f.geometry);
  };

  it('validates against ZoneOutlinesSchema, one outline per zone, citing the known sources', () => {
    const result = v.safeParse(ZoneOutlinesSchema, outlines);
    expect(result.issues ?? []).toEqual([]);
    expect(outlines.features.map((f) => f.properties.zoneId).sort()).toEqual([...ZONE_IDS].sort());
    for (const f of outlines.features) {
      for (const id of f.properties.sourceIds as string[]) expect(['research-zone-locations', 'datav-geoatlas', 'osm-land-polygons']).toContain(id);
      expect(String(f.properties.method).length).toBeGreaterThan(60);
    }
  });

  it.each(Object.entries(points))('%s contains (or is within 1 km of) its research point', (id, pt) => {
    expect(distanceToPolygonsKm(pt, outline(id))).toBeLessThan(1);
  });

  it('is clipped to the land', () => {
    const boxes: Record<string, number[]> = {
      dagushan: [121.76, 38.942, 121.92, 39.035],
      'high-tech-zone': [121.36, 38.81, 121.547, 38.91],
      huayuankou: [122.509, 39.463, 122.74, 39.65],
    };
    for (const [id, box] of Object.entries(boxes)) {
      const a = areaKm2(outline(id));
      expect(a, id).toBeGreaterThan(0.25 * bboxAreaKm2(box));
      expect(a, id).toBeLessThan(0.9 * bboxAreaKm2(box));
    }
    // Every vertex of an outline is on land (inside the land polygons or on their edge).
    for (const id of Object.keys(points)) {
      for (const p of outline(id).flatMap((poly) => poly.flat())) expect(distanceToPolygonsKm(p, landPolys), id).toBeLessThan(0.01);
    }
  });

  it('sizes the disc outlines to the sourced areas (338 km² and 6.88 km²)', () => {
    expect(areaKm2(outline('development-zone'))).toBeGreaterThan(338 * 0.97);
    expect(areaKm2(outline('development-zone'))).toBeLessThan(338 * 1.03);
    expect(areaKm2(outline('bonded-area'))).toBeGreaterThan(6.88 * 0.95);
    expect(areaKm2(outline('bonded-area'))).toBeLessThan(6.88 * 1.05);
    // The development zone lies in Jinzhou District.
    const jinzhou = polygons(byAdcode('210213').geometry);
    for (const p of outline('development-zone').flatMap((poly) => poly.flat())) expect(distanceToPolygonsKm(p, jinzhou)).toBeLessThan(0.05);
  });
});
