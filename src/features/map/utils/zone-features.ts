import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ClusterId, ZoneSummary, ZoneId, ZoneOutlines } from '../../../lib/data/schemas';
import { clusterColor } from '../../../config/cluster-colors';

export type ZoneFeatureProps = {
  zoneId: ZoneId;
  nameEn: string;
  nameZh: string;
  color: string;
  color2: string;
  /** Planar area in km², used to pick the smallest of overlapping zones under the pointer. */
  areaKm2: number;
};

export type Bounds = [[number, number], [number, number]];

/** Approximate planar area of a polygon or multipolygon in km² (fine for picking order). */
export function approxAreaKm2(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      let sum = 0;
      const lat0 = ((ring[0]?.[1] ?? 0) * Math.PI) / 180;
      for (let k = 0; k < ring.length - 1; k++) {
        const [x1 = 0, y1 = 0] = ring[k] ?? [];
        const [x2 = 0, y2 = 0] = ring[k + 1] ?? [];
        sum += x1 * y2 - x2 * y1;
      }
      const area = (Math.abs(sum) / 2) * 111.32 * 111.32 * Math.cos(lat0);
      total += i === 0 ? area : -area;
    });
  }
  return total;
}

export function geometryBounds(geometry: Polygon | MultiPolygon | Point): Bounds {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x === undefined || y === undefined) return;
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit(geometry.coordinates);
  return [[w, s], [e, n]];
}

export function unionBounds(all: Bounds[]): Bounds | null {
  if (all.length === 0) return null;
  return [
    [Math.min(...all.map((b) => b[0][0])), Math.min(...all.map((b) => b[0][1]))],
    [Math.max(...all.map((b) => b[1][0])), Math.max(...all.map((b) => b[1][1]))],
  ];
}

/** How far around a point-only zone the camera frames it: its uncertainty, up to this (a city-wide ±34 km would frame the whole city). */
export const POINT_FRAME_KM = 8;

/** The box of a circle of `km` around a point. */
export function pointBounds(lon: number, lat: number, km: number): Bounds {
  const dLat = km / 111.32;
  const dLon = km / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [
    [lon - dLon, lat - dLat],
    [lon + dLon, lat + dLat],
  ];
}

/** The selected zone's label is placed first: its neighbours give way to it. */
const SELECTED_RANK = -1;

/** Added to the label rank of a zone without an outline: placed after every outlined zone's label (longitudes are under 180). */
const POINT_ONLY_RANK = 1000;

/** The map's two zone sources: outlines (fill + line) and one point per zone (symbol + circle). */
export function buildZoneFeatures(zones: ZoneSummary[], outlines: ZoneOutlines, colors: Record<ClusterId, string>) {
  const byId = new Map(zones.map((z) => [z.id, z]));
  const props = (zone: ZoneSummary, geometry: Polygon | MultiPolygon): ZoneFeatureProps => {
    const [first, second] = zone.clusterIds;
    const color = clusterColor(first, colors);
    return {
      zoneId: zone.id,
      nameEn: zone.shortName.en,
      nameZh: zone.shortName.zh,
      color,
      color2: second ? clusterColor(second, colors) : color,
      areaKm2: approxAreaKm2(geometry),
    };
  };
  const outlineFeatures: Feature<Polygon | MultiPolygon, ZoneFeatureProps>[] = [];
  const bounds = new Map<ZoneId, Bounds>();
  for (const f of outlines.features) {
    const zone = byId.get(f.properties.zoneId);
    if (!zone) continue;
    const geometry = f.geometry as Polygon | MultiPolygon;
    outlineFeatures.push({ type: 'Feature', properties: props(zone, geometry), geometry });
    bounds.set(zone.id, geometryBounds(geometry));
  }
  // A zone without an outline (a point only) is framed by its point and its uncertainty, at most POINT_FRAME_KM around it.
  for (const zone of zones) if (!bounds.has(zone.id)) bounds.set(zone.id, pointBounds(zone.location.lon, zone.location.lat, Math.min(zone.location.uncertaintyKm, POINT_FRAME_KM)));
  const areaOf = new Map(outlineFeatures.map((f) => [f.properties.zoneId, f.properties.areaKm2]));
  // Markers of zones without an outline come last, drawn on top: a point is the only place to click them,
  // while a zone with an outline can also be clicked on its fill (two zones may share an estimated point).
  const ordered = [...zones.filter((z) => areaOf.has(z.id)), ...zones.filter((z) => !areaOf.has(z.id))];
  const pointFeatures: Feature<Point, ZoneFeatureProps>[] = ordered.map((zone) => ({
    type: 'Feature',
    properties: { ...props(zone, { type: 'Polygon', coordinates: [] }), areaKm2: areaOf.get(zone.id) ?? 0 },
    geometry: { type: 'Point', coordinates: [zone.location.lon, zone.location.lat] },
  }));
  const outlinesFc: FeatureCollection<Polygon | MultiPolygon, ZoneFeatureProps> = { type: 'FeatureCollection', features: outlineFeatures };
  const pointsFc: FeatureCollection<Point, ZoneFeatureProps> = { type: 'FeatureCollection', features: pointFeatures };
  return { outlines: outlinesFc, points: pointsFc, bounds, outlined: new Set(areaOf.keys()), allBounds: unionBounds([...bounds.values()]) };
}

/**
 * Each zone marker's label and the line beneath it (count of companies, or the chosen company).
 * In the overview (below `NESTED_LABEL_ZOOM`, config/zone-layers.ts) a zone shown as a point inside another zone is `tucked`:
 * its marker stays, its label waits for a closer view, and its parent's line says so (`overviewDetail`).
 */
export type ZoneLabels = Partial<Record<ZoneId, { label: string; detail: string; tucked?: boolean; overviewDetail?: string; selected?: boolean }>>;


/** Zones drawn as a point only inside a parent zone: the ones whose label waits for a closer view. */
export function tuckedZoneIds(zones: Pick<ZoneSummary, 'id' | 'parentZoneId'>[], outlined: (id: ZoneId) => boolean, selected: ZoneId | null): Set<ZoneId> {
  return new Set(zones.filter((z) => z.parentZoneId && !outlined(z.id) && z.id !== selected).map((z) => z.id));
}

/**
 * The zone points with their labels. `rank` orders label placement: the zones drawn with an outline
 * first, then those shown as a point only (so where labels crowd, around Dayao Bay, the point-only
 * zones' labels give way, never the outlined zones'); within each, from west to east: a label prefers
 * the east side of its marker, so the western ones are placed first and keep it.
 */
export function labelledPoints(points: FeatureCollection<Point, ZoneFeatureProps>, labels: ZoneLabels) {
  return {
    ...points,
    features: points.features.map((f) => {
      const l = labels[f.properties.zoneId];
      const pointOnly = f.properties.areaKm2 === 0 ? POINT_ONLY_RANK : 0;
      const detail = l?.detail ?? '';
      return {
        ...f,
        properties: { ...f.properties, label: l?.label ?? f.properties.nameEn, detail, tucked: l?.tucked ?? false, overviewDetail: l?.overviewDetail ?? detail, rank: l?.selected ? SELECTED_RANK : (f.geometry.coordinates[0] ?? 0) + pointOnly },
      };
    }),
  };
}

/** Of the zones under the pointer, the one a user most likely means: a marker or its label, else the smallest outline. */
export function pickZone(hits: { layerId: string; zoneId: ZoneId; areaKm2: number }[], markerLayers: readonly string[]): ZoneId | null {
  const point = hits.find((h) => markerLayers.includes(h.layerId));
  if (point) return point.zoneId;
  const sorted = [...hits].sort((a, b) => a.areaKm2 - b.areaKm2);
  return sorted[0]?.zoneId ?? null;
}
