/** Small helpers shared by the basemap and outline builds: logging, mapshaper, plane geometry, pinyin. Part of `npm run data:basemap` (scripts/build-basemap.mjs). */
import fs from 'node:fs';
import gcoord from 'gcoord';
import mapshaper from 'mapshaper';

export function fail(message) {
  console.error(`\nbuild-basemap: ${message}\n`);
  process.exit(1);
}

export function log(message) {
  console.log(`[basemap] ${message}`);
}

export const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
export const featureCollection = (features) => ({ type: 'FeatureCollection', features });

/** Runs mapshaper on in-memory GeoJSON and returns the parsed GeoJSON outputs by file name. */
export async function runMapshaper(commands, inputs) {
  const files = {};
  for (const [name, fc] of Object.entries(inputs)) files[name] = JSON.stringify(fc);
  const out = await mapshaper.applyCommands(commands.replace(/\s+/g, ' ').trim(), files);
  const parsed = {};
  for (const [name, content] of Object.entries(out)) parsed[name] = JSON.parse(content.toString());
  return parsed;
}

export function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

export function bboxOf(coords, b = [Infinity, Infinity, -Infinity, -Infinity]) {
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

export const bboxesIntersect = (a, b) => !(a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3]);

/** Local equirectangular metres around a latitude: good to well under 1% over a few tens of km. */
export function metresPerDegree(lat) {
  return [111_320 * Math.cos((lat * Math.PI) / 180), 110_574];
}

export function kmBetween(a, b) {
  const [kx, ky] = metresPerDegree((a[1] + b[1]) / 2);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * ky) / 1000;
}

export function pointInRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygons(pt, polygons) {
  return polygons.some((p) => pointInRing(pt, p[0]) && !p.slice(1).some((hole) => pointInRing(pt, hole)));
}

/** Shortest distance in km from a point to the boundary of polygons (0 if inside). */
export function distanceToPolygonsKm(pt, polygons) {
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

export function lineLengthKm(geometry) {
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
export function discPolygon(centre, radiusKm, steps = 256) {
  const [kx, ky] = metresPerDegree(centre[1]);
  const ring = [];
  for (let i = 0; i < steps; i++) {
    const a = (2 * Math.PI * i) / steps;
    ring.push([centre[0] + (Math.sin(a) * radiusKm * 1000) / kx, centre[1] + (Math.cos(a) * radiusKm * 1000) / ky]);
  }
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}

export const bboxPolygon = ([w, s, e, n]) => ({
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

export { pinyinName } from './pinyin-name.mjs';

export const round5 = (x) => Math.round(x * 1e5) / 1e5;
export const gcjToWgs = (lonLat) => gcoord.transform(lonLat, gcoord.GCJ02, gcoord.WGS84).map(round5);
