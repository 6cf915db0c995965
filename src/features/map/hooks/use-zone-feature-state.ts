import { useEffect, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import type { ZoneId } from '../../../lib/data/schemas';
import { afterNextPaint } from '../utils/after-next-paint';

export type ZoneStates = {
  /** Every zone of the loaded data. */
  zoneIds: readonly ZoneId[];
  selectedZoneId: ZoneId | null;
  hoveredZoneId: ZoneId | null;
  /** The zone the keyboard is on, while the map has focus. */
  focusedZoneId: ZoneId | null;
  /** When non-empty, the zones of a chosen cluster: the others are dimmed. */
  highlightedZoneIds: ZoneId[];
  hiddenZoneIds: ZoneId[];
};

const SOURCES = ['zones', 'zone-points'];

/** What each zone's feature-state is for a given app state (pure, so tests and the bridge can compare). */
export function zoneFeatureStates(s: ZoneStates) {
  const highlight = new Set(s.highlightedZoneIds);
  return s.zoneIds.map((id) => ({
    id,
    state: {
      selected: id === s.selectedZoneId || highlight.has(id),
      hover: id === s.hoveredZoneId,
      focus: id === s.focusedZoneId,
      dimmed: highlight.size > 0 ? !highlight.has(id) : s.selectedZoneId !== null && id !== s.selectedZoneId,
    },
  }));
}

/** Mirrors selection, hover, keyboard focus and highlight into MapLibre feature-state, which the paint specs read. */
export function useZoneFeatureState(mapRef: RefObject<MapRef | null>, loaded: boolean, s: ZoneStates) {
  const { zoneIds, selectedZoneId, hoveredZoneId, focusedZoneId, highlightedZoneIds, hiddenZoneIds } = s;
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    const states = zoneFeatureStates({ zoneIds, selectedZoneId, hoveredZoneId, focusedZoneId, highlightedZoneIds, hiddenZoneIds });
    const apply = () => {
      for (const source of SOURCES) {
        if (!map.getSource(source)) continue;
        for (const { id, state } of states) map.setFeatureState({ source, id }, state);
      }
    };
    // Hover and keyboard focus answer at once; a selection waits for the panel opened by the same
    // click to paint first, and the map redraws after it.
    if (selectedZoneId === null && highlightedZoneIds.length === 0) return apply(), undefined;
    return afterNextPaint(apply);
  }, [mapRef, loaded, zoneIds, selectedZoneId, hoveredZoneId, focusedZoneId, highlightedZoneIds, hiddenZoneIds]);
}
