/**
 * Each zone's reach: straight-line (great-circle) distances to Dalian Zhoushuizi airport, to the
 * nearest railway station and to the nearest metro station, from the zone's point and from the nearest
 * edge of its outline (0 when the place lies inside it). Computed with turf from the OpenStreetMap
 * station extract in data/inputs/osm/ and the basemap's airport (the centre of runway 10/28).
 * Not road distances, and nothing for the port or high-speed trains: the extracts say nothing of
 * either (data/inputs/osm/README.md), so the panel says so instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import distance from '@turf/distance';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import { point } from '@turf/helpers';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Reach, ReachKind, Zone, ZoneOutlines } from '../../src/lib/data/schemas.ts';
import { pinyinName } from '../basemap/pinyin-name.mjs';
import { parseLandmarks } from '../../src/lib/landmarks.ts';

export const STATIONS_SOURCE = 'osm-omap-geodb-stations';
export const AIRPORT_SOURCE = 'osm-omap-geodb-aeroways';

export type Place = { kind: ReachKind; nameZh: string; nameEn?: string; lon: number; lat: number };

type Coords = [number, number];
type Feature = { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };

/** The airport (runway 10/28's centre), every named railway station and every metro station (named or not) of the extract. */
export function readPlaces(root: string): Place[] {
  const read = (file: string) => JSON.parse(readFileSync(join(root, 'data/inputs/osm', file), 'utf8')) as { features: Feature[] };
  const places: Place[] = [];
  for (const f of read('stations-dalian.geojson').features) {
    // Most metro stations of the extract carry no name: they count (a metro station is there), and
    // say so. A railway point without a name may be a freight yard: only named railway stations count.
    const name = String(f.properties.name ?? '').trim();
    const kind = f.properties.station === 'train' ? 'train' : f.properties.station === 'subway' || f.properties.station === 'light_rail' ? 'metro' : null;
    if (!kind || f.geometry.type !== 'Point' || (kind === 'train' && !name)) continue;
    const [lon, lat] = f.geometry.coordinates as Coords;
    places.push({ kind, nameZh: name, lon, lat });
  }
  // The airport where the basemap draws it (the centre of runway 10/28, built by data:basemap from the aeroways extract).
  const airport = parseLandmarks(readFileSync(join(root, 'public/basemap/landmarks.geojson'), 'utf8')).find((l) => l.kind === 'airport');
  if (airport) places.push({ kind: 'airport', nameZh: airport.name.zh, nameEn: airport.name.en, lon: airport.lon, lat: airport.lat });
  return places;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
/** A station the extract gives without a name. */
export const UNNAMED = { en: 'name not in the OpenStreetMap extract', zh: 'OpenStreetMap 数据未注站名' };
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** The zone's reach: the airport, and the nearest station of each kind (measured from the zone's point). */
export function zoneReach(zone: Pick<Zone, 'id' | 'location'>, outlines: ZoneOutlines | null, places: readonly Place[]): Reach {
  const from = point([zone.location.lon, zone.location.lat]);
  const outline = outlines?.features.find((f) => f.properties.zoneId === zone.id);
  const targets: Reach['targets'] = [];
  for (const kind of ['airport', 'train', 'metro'] as const) {
    let best: { place: Place; km: number } | null = null;
    for (const place of places) {
      if (place.kind !== kind) continue;
      const km = distance(from, point([place.lon, place.lat]), { units: 'kilometers' });
      if (!best || km < best.km) best = { place, km };
    }
    if (!best) continue;
    const { place, km } = best;
    const edge = outline ? Math.max(0, pointToPolygonDistance(point([place.lon, place.lat]), outline.geometry as Polygon | MultiPolygon, { units: 'kilometers' })) : undefined;
    targets.push({
      kind,
      // The airport's English name is OpenStreetMap's (its Chinese ours); a station's English is its pinyin.
      name: place.nameEn
        ? { en: place.nameEn, zh: place.nameZh, zhIsTranslation: true }
        : place.nameZh
          ? { en: pinyinName(place.nameZh), zh: place.nameZh, enIsTranslation: true }
          : UNNAMED,
      ...(place.nameEn || place.nameZh ? {} : { unnamed: true as const }),
      lon: round5(place.lon),
      lat: round5(place.lat),
      fromPointKm: round2(km),
      ...(edge !== undefined ? { fromEdgeKm: round2(edge) } : {}),
      sourceIds: [kind === 'airport' ? AIRPORT_SOURCE : STATIONS_SOURCE],
    });
  }
  return { targets };
}
