import type { Map as MlMap } from 'maplibre-gl';
import type { buildZoneFeatures } from './utils/zone-features';
import { ZONE_LABEL_LAYER } from './config/zone-layers';
import { CUT_BY_EDGE } from './config/label-edges';
import { labelsCutByEdges } from './hooks/use-edge-labels';

type Rect = { left: number; top: number; right: number; bottom: number };

/**
 * A small typed bridge for end-to-end tests and benchmarks, installed only in builds made with
 * VITE_TEST_BRIDGE=1 (see vite.config.ts). Tests wait for the map's idle and ask where a zone is
 * on screen, instead of sleeping or guessing pixels.
 */
export type AtlasTestBridge = {
  waitForIdle: () => Promise<void>;
  /** Viewport (client) coordinates of a lon/lat. */
  project: (lonLat: [number, number]) => { x: number; y: number };
  /** Viewport coordinates of a zone's point marker. */
  zonePoint: (zoneId: string) => { x: number; y: number } | null;
  /** Zones whose outline or marker is drawn, within a viewport rectangle (the whole map without one). */
  renderedZoneIds: (rect?: Rect) => string[];
  /** Zones whose label MapLibre placed and draws (not hidden as cut by the map's edge), within a viewport rectangle (the whole map without one). */
  placedLabelZoneIds: (rect?: Rect) => string[];
  /** The map canvas's rectangle in viewport coordinates. */
  mapRect: () => Rect;
  /** Each zone's feature-state on the outline and point sources: what the map draws for it. */
  zoneStates: () => Record<string, Record<string, unknown>>;
  zoom: () => number;
  /** performance.now() at the map's `load` and at its first `idle` (null until then), for the benchmark. */
  timings: () => { loadAt: number; firstIdleAt: number | null };
  /** The camera of the map's first frame (its `load`): what the user saw first. */
  firstCamera: () => { lon: number; lat: number; zoom: number };
  center: () => [number, number];
  /** The map's visible area, [west, south, east, north]. */
  viewBounds: () => [number, number, number, number];
  /** How many times MapLibre has (re)loaded a style: 1 for a map that never rebuilt it. */
  styleLoads: () => number;
  /** Features drawn at a lon/lat (optionally only by some layers): layer id and properties. */
  featuresAt: (lonLat: [number, number], layers?: string[]) => { layer: string; properties: Record<string, unknown> }[];
  /** Labels a symbol layer draws on screen now: the text as drawn and the feature's properties. */
  renderedLabels: (layerId: string) => { text: string; properties: Record<string, unknown> }[];
  /** Labels drawn across an edge of the map (cut by it), of every label layer: layer, text and properties. */
  labelsCutByEdges: () => { layer: string; text: string; properties: Record<string, unknown> }[];
};

/** The text of an evaluated `text-field` (a string, or a Formatted value with sections). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const sections = (value as { sections?: { text?: string }[] } | null)?.sections;
  return Array.isArray(sections) ? sections.map((s) => s.text ?? '').join('') : String(value ?? '');
}

declare global {
  interface Window {
    __atlas?: AtlasTestBridge;
  }
}

export function installTestBridge(map: MlMap, features: ReturnType<typeof buildZoneFeatures>) {
  const rect = () => map.getContainer().getBoundingClientRect();
  const toClient = (p: { x: number; y: number }) => ({ x: rect().left + p.x, y: rect().top + p.y });
  const loadAt = performance.now();
  const first = { lon: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
  let firstIdleAt: number | null = null;
  let styleLoads = 1;
  map.on('style.load', () => void styleLoads++);
  map.once('idle', () => {
    firstIdleAt = performance.now();
  });
  window.__atlas = {
    waitForIdle: () =>
      new Promise((resolve) => {
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
        else map.once('idle', () => resolve());
      }),
    project: (lonLat) => toClient(map.project(lonLat)),
    zonePoint: (zoneId) => {
      const f = features.points.features.find((p) => p.properties.zoneId === zoneId);
      if (!f) return null;
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      return toClient(map.project([lon, lat]));
    },
    renderedZoneIds: (r) => {
      const box = rect();
      const layers = { layers: ['zone-fill', 'zone-point'] };
      const found = r
        ? map.queryRenderedFeatures(
            [
              [r.left - box.left, r.top - box.top],
              [r.right - box.left, r.bottom - box.top],
            ],
            layers,
          )
        : map.queryRenderedFeatures(layers);
      const ids = found.map((f) => String(f.properties?.zoneId));
      return [...new Set(ids)].sort();
    },
    placedLabelZoneIds: (r) => {
      const box = rect();
      const query = r
        ? ([
            [r.left - box.left, r.top - box.top],
            [r.right - box.left, r.bottom - box.top],
          ] as [[number, number], [number, number]])
        : undefined;
      const found = query ? map.queryRenderedFeatures(query, { layers: [ZONE_LABEL_LAYER] }) : map.queryRenderedFeatures({ layers: [ZONE_LABEL_LAYER] });
      // A label hidden because the map's edge cuts it (use-edge-labels.ts) is not shown: not placed.
      return [...new Set(found.filter((f) => f.state[CUT_BY_EDGE] !== true).map((f) => String(f.properties?.zoneId)))].sort();
    },
    mapRect: () => {
      const b = rect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    },
    zoneStates: () =>
      Object.fromEntries(
        features.points.features.map((f) => {
          const id = f.properties.zoneId;
          return [id, { ...map.getFeatureState({ source: 'zones', id }), ...map.getFeatureState({ source: 'zone-points', id }) }];
        }),
      ),
    zoom: () => map.getZoom(),
    timings: () => ({ loadAt, firstIdleAt }),
    firstCamera: () => first,
    center: () => map.getCenter().toArray(),
    viewBounds: () => {
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
    styleLoads: () => styleLoads,
    featuresAt: (lonLat, layers) => {
      const existing = layers?.filter((l) => map.getLayer(l));
      return map
        .queryRenderedFeatures(map.project(lonLat), existing ? { layers: existing } : undefined)
        .map((f) => ({ layer: f.layer.id, properties: { ...f.properties } }));
    },
    labelsCutByEdges: () =>
      labelsCutByEdges(map)
        .filter((f) => f.state[CUT_BY_EDGE] !== true)
        .map((f) => ({ layer: f.layer.id, text: textOf((f.layer.layout as Record<string, unknown> | undefined)?.['text-field']), properties: { ...f.properties } })),
    renderedLabels: (layerId) => {
      if (!map.getLayer(layerId)) return [];
      return map.queryRenderedFeatures({ layers: [layerId] }).map((f) => ({
        text: textOf((f.layer.layout as Record<string, unknown> | undefined)?.['text-field']),
        properties: { ...f.properties },
      }));
    },
  };
}
