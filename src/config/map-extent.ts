import extent from './map-extent.json' with { type: 'json' };

/** [west, south, east, north] in WGS84 degrees. */
export type Bounds = [number, number, number, number];

/**
 * Where the map may go (see map-extent.json for why): the basemap draws `region`; the camera stays
 * within `cameraBounds` and between `minZoom` and `maxZoom`. Read by the map, by the link format
 * (a camera outside is mended to the nearest one inside) and by scripts/build-basemap.mjs.
 */
export const MAP_EXTENT = {
  region: extent.region as Bounds,
  cameraBounds: extent.cameraBounds as Bounds,
  minZoom: extent.minZoom,
  maxZoom: extent.maxZoom,
} as const;

export type CameraLike = { lon: number; lat: number; zoom: number };

/** The nearest camera within the limits: the centre inside `cameraBounds`, the zoom between the limits. */
export function clampCamera(c: CameraLike): CameraLike {
  const [w, s, e, n] = MAP_EXTENT.cameraBounds;
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return { lon: clamp(c.lon, w, e), lat: clamp(c.lat, s, n), zoom: clamp(c.zoom, MAP_EXTENT.minZoom, MAP_EXTENT.maxZoom) };
}
