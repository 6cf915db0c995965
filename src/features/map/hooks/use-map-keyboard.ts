import { useCallback, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import type { ZoneId } from '../../../lib/data/schemas';

type Options = {
  mapRef: RefObject<MapRef | null>;
  loaded: boolean;
  /** The zones the arrow keys step through, in order (hidden zones left out). */
  order: ZoneId[];
  onChoose: (zoneId: ZoneId) => void;
  /** false while presenting: the keys belong to the tour. */
  enabled?: boolean;
};

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Zones picked from the map itself with the keyboard: while the map has focus, the arrow keys step
 * through the zones (instead of panning), Home and End go to the first and last, Enter or Space opens
 * the focused one. + and − still zoom (MapLibre's own keyboard handler).
 */
export function useMapKeyboard({ mapRef, loaded, order, onChoose, enabled = true }: Options) {
  const [focusedZoneId, setFocused] = useState<ZoneId | null>(null);
  const current = focusedZoneId && order.includes(focusedZoneId) ? focusedZoneId : null;

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const canvas = mapRef.current?.getCanvas();
      if (!enabled || !loaded || !canvas || e.target !== canvas || e.altKey || e.ctrlKey || e.metaKey || order.length === 0) return;
      const at = current ? order.indexOf(current) : -1;
      let next: ZoneId | undefined;
      const step = STEP[e.key];
      const n = order.length;
      if (step !== undefined) next = at < 0 ? order[step > 0 ? 0 : n - 1] : order[(at + step + n) % n];
      else if (e.key === 'Home') next = order[0];
      else if (e.key === 'End') next = order[order.length - 1];
      else if ((e.key === 'Enter' || e.key === ' ') && current) {
        e.preventDefault();
        e.stopPropagation();
        onChoose(current);
        return;
      }
      if (!next) return;
      // Keep the keys from MapLibre's own handler, which would pan the map.
      e.preventDefault();
      e.stopPropagation();
      setFocused(next);
    },
    [mapRef, loaded, order, current, onChoose, enabled],
  );

  const onBlur = useCallback((e: FocusEvent<HTMLElement>) => {
    if (e.target === mapRef.current?.getCanvas()) setFocused(null);
  }, [mapRef]);

  return { focusedZoneId: current, onKeyDown, onBlur };
}
