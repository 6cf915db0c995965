/** 5. Labels, and the landmarks (the airport and the stations, OpenStreetMap, ODbL). Part of `npm run data:basemap` (scripts/build-basemap.mjs). */
import path from 'node:path';
import { bboxOf, fail, featureCollection, kmBetween, log, pinyinName, pointInPolygons, readJson, round5 } from './helpers.mjs';
import { DALIAN_TOWNS, DALIAN_UNITS, OSM_DIR, REGION_BBOX, WATER_LABELS } from './settings.mjs';

export function buildLabels(districtPoints, neighbours, center, landPolys) {
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


/** The aeroways drawn: runways and taxiways (not parking positions or jet bridges: no use at these zooms). */
export const AEROWAYS_KEPT = ['runway', 'taxiway'];

/**
 * Dalian Zhoushuizi International Airport. The English name is the one the OSM extract's README
 * (data/inputs/osm/README.md) gives for runway 10/28; the extract has no name property. The Chinese
 * name is our translation of it (大连 Dalian, 周水子 Zhoushuizi as in the OSM station and the
 * adcode street 周水子街道, 国际机场 international airport).
 */
export const AIRPORT = { ref: '10/28', nameEn: 'Dalian Zhoushuizi International Airport', nameZh: '大连周水子国际机场' };

/** Train stations named after the city or a seat the basemap labels (with an optional 东/西/南/北) are "main". */
export const MAIN_STATION = new RegExp(`^(大连|${Object.values(DALIAN_TOWNS).map((t) => t.nameZh).join('|')})[东西南北]?$`, 'u');

/** A station this close to a labelled place of the same name is that place's station: one marker, not two. */
export const MERGE_STATION_KM = 2;

export function buildLandmarks(labels) {
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
