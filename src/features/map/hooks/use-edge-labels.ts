import { useEffect, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import type { Map as MlMap, MapGeoJSONFeature } from 'maplibre-gl';
import { CUT_BY_EDGE, EDGE_CHECKED_LABEL_LAYERS } from '../config/label-edges';

type FeatureKey = { source: string; id: string | number };

/** The labels whose box crosses an edge of the map: what a one-pixel strip just inside each edge hits. */
export function labelsCutByEdges(map: MlMap): MapGeoJSONFeature[] {
  const layers = EDGE_CHECKED_LABEL_LAYERS.filter((id) => map.getLayer(id));
  if (layers.length === 0) return [];
  const { width, height } = map.getContainer().getBoundingClientRect();
  const strips: [[number, number], [number, number]][] = [
    [[0, 0], [1, height]],
    [[width - 1, 0], [width, height]],
    [[0, 0], [width, 1]],
    [[0, height - 1], [width, height]],
  ];
  return strips.flatMap((strip) => map.queryRenderedFeatures(strip, { layers: [...layers] }));
}

/**
 * Hides the labels the map's edge cuts (see config/label-edges.ts): when the camera settles, each
 * label whose box runs past an edge gets the `cutByEdge` feature-state (the layers draw it at
 * opacity 0); when the camera moves, they come back, since a moving map may bring them into view.
 */
export function useEdgeLabels(mapRef: RefObject<MapRef | null>, loaded: boolean) {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    let cut: FeatureKey[] = [];
    const clear = () => {
      for (const key of cut) if (map.getSource(key.source)) map.setFeatureState(key, { [CUT_BY_EDGE]: false });
      cut = [];
    };
    const onIdle = () => {
      const found = labelsCutByEdges(map).flatMap((f) => (f.id === undefined ? [] : [{ source: f.source, id: f.id }]));
      const same = found.length === cut.length && found.every((k) => cut.some((c) => c.source === k.source && c.id === k.id));
      if (same) return;
      clear();
      for (const key of found) map.setFeatureState(key, { [CUT_BY_EDGE]: true });
      cut = found;
    };
    map.on('idle', onIdle);
    map.on('movestart', clear);
    return () => {
      map.off('idle', onIdle);
      map.off('movestart', clear);
    };
  }, [mapRef, loaded]);
}
