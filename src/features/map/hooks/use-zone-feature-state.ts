import { useEffect, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import { ZONE_IDS, type ZoneId } from '../../../lib/data/schemas';
import { afterNextPaint } from '../utils/after-next-paint';

type ZoneStates = {
  selectedZoneId: ZoneId | null;
  hoveredZoneId: ZoneId | null;
  /** When non-empty, the zones of a chosen cluster: the others are dimmed. */
  highlightedZoneIds: ZoneId[];
  hiddenZoneIds: ZoneId[];
};

const SOURCES = ['zones', 'zone-points'];

/** Mirrors selection, hover and highlight into MapLibre feature-state, which the paint specs read. */
export function useZoneFeatureState(mapRef: RefObject<MapRef | null>, loaded: boolean, s: ZoneStates) {
  const { selectedZoneId, hoveredZoneId, highlightedZoneIds, hiddenZoneIds } = s;
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    // After the next paint: a panel opened by the same click paints first, the map redraws after it.
    return afterNextPaint(() => {
    const highlight = new Set(highlightedZoneIds);
    for (const source of SOURCES) {
      if (!map.getSource(source)) continue;
      for (const id of ZONE_IDS) {
        if (hiddenZoneIds.includes(id)) continue;
        map.setFeatureState(
          { source, id },
          {
            selected: id === selectedZoneId || highlight.has(id),
            hover: id === hoveredZoneId,
            dimmed: highlight.size > 0 ? !highlight.has(id) : selectedZoneId !== null && id !== selectedZoneId,
          },
        );
      }
    }
    });
  }, [mapRef, loaded, selectedZoneId, hoveredZoneId, highlightedZoneIds, hiddenZoneIds]);
}
