import { useEffect, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';

export type MapUiStrings = {
  /** The canvas's accessible name: what the map is and how its keys work. */
  canvasLabel: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
  km: string;
  m: string;
};

/** MapLibre's table of UI strings, for the Map's `locale` option. */
export const maplibreLocale = (ui: MapUiStrings) => ({
  'NavigationControl.ZoomIn': ui.zoomIn,
  'NavigationControl.ZoomOut': ui.zoomOut,
  'NavigationControl.ResetBearing': ui.resetBearing,
  'ScaleControl.Kilometers': ui.km,
  'ScaleControl.Meters': ui.m,
  'Map.Title': ui.canvasLabel,
});

/**
 * MapLibre's own UI (zoom buttons, scale bar, the canvas's name) in the current language. MapLibre
 * reads its `locale` once, so a later language change patches its table and the controls' labels.
 */
export function useMapUiStrings(mapRef: RefObject<MapRef | null>, loaded: boolean, ui: MapUiStrings) {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    Object.assign(map._locale, maplibreLocale(ui));
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-label', ui.canvasLabel);
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-roledescription', 'map');
    const container = map.getContainer();
    for (const [selector, label] of [
      ['.maplibregl-ctrl-zoom-in', ui.zoomIn],
      ['.maplibregl-ctrl-zoom-out', ui.zoomOut],
      ['.maplibregl-ctrl-compass', ui.resetBearing],
    ] as const) {
      const button = container.querySelector(selector);
      button?.setAttribute('title', label);
      button?.setAttribute('aria-label', label);
    }
    map.fire('move'); // the scale bar redraws with its unit
  }, [mapRef, loaded, ui]);
}
