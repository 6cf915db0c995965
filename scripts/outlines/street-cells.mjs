/** 4a. Street and town cells: the Voronoi cells of the street centre points, cut to their district. Part of `npm run data:basemap` (scripts/build-basemap.mjs). */
import fs from 'node:fs';
import path from 'node:path';
import { Delaunay } from 'd3-delaunay';
import { bboxOf, fail, featureCollection, gcjToWgs, round5, runMapshaper } from '../basemap/helpers.mjs';
import { ADCODE_DIR, DALIAN_UNITS, PRECISION } from '../basemap/settings.mjs';

/**
 * Dalian's streets and towns (level "town" of the national statistics codes, July 2016) from the
 * Vonng/adcode CSVs, each with a centre point converted from GCJ-02 to WGS84. A unit without a
 * centre point takes the mean of its villages' points when some have one (`site: "villages"`),
 * and has no cell otherwise (`site: null`: its land goes to the cells of its neighbours).
 */
export function readStreets() {
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
export const VORONOI_KX = Math.cos((39.3 * Math.PI) / 180);

/**
 * One cell per street: the Voronoi cells of each district's own street points (d3-delaunay, in a
 * local equirectangular plane), cut to that district's land in the mosaic (DataV fitted to the OSM
 * coast), so that every piece of a district's land belongs to exactly one of its streets.
 */
export async function buildStreetCells(mosaic, streets) {
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
