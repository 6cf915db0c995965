/* global window, document, location */
// The benchmark's reference: MapLibre alone, with the app's own basemap style (same file, same
// font-faces, same /basemap/* GeoJSON), the same map options that affect rendering, and the same
// camera as the app's first screen (the runner passes the app's camera once idle, or bounds, and the
// map container's size in the URL: ?center=lon,lat&zoom=z or ?bounds=w,s,e,n&padding=60, then
// &w=1366&h=700&lang=en). Nothing else: no React, no data, no panels.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle, IDEOGRAPH_FONT_FAMILY } from '../../../src/features/map/config/basemap-style.ts';

maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const numbers = (key) => params.get(key)?.split(',').map(Number);
const [w, s, e, n] = numbers('bounds') ?? [121.2, 38.7, 122.3, 39.4];
const padding = Number(params.get('padding') ?? 60);
const lang = params.get('lang') === 'zh' ? 'zh' : 'en';

const container = document.getElementById('map');
if (params.get('w')) container.style.width = `${Number(params.get('w'))}px`;
if (params.get('h')) container.style.height = `${Number(params.get('h'))}px`;

// The basemap lives at the app's root (/basemap/*), exactly the files the app fetches.
const center = numbers('center');
const camera = center && params.get('zoom') ? { center, zoom: Number(params.get('zoom')) } : { bounds: [[w, s], [e, n]], fitBoundsOptions: { padding } };
const map = new maplibregl.Map({
  container,
  style: basemapStyle(lang, `${location.origin}/`),
  ...camera,
  localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  maxBounds: [117.5, 35.5, 126.5, 42.0],
  minZoom: 6,
});

let loadAt = null;
let firstIdleAt = null;
map.once('load', () => {
  loadAt = performance.now();
});
map.once('idle', () => {
  firstIdleAt = performance.now();
});

window.__ref = {
  waitForIdle: () =>
    new Promise((resolve) => {
      if (firstIdleAt !== null && map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
      else map.once('idle', () => resolve());
    }),
  timings: () => ({ loadAt, firstIdleAt }),
  zoom: () => map.getZoom(),
  center: () => map.getCenter().toArray(),
  /**
   * ms from a requested repaint of the idle map to the next frame painted, minus the same for a frame
   * without a repaint: what one map frame costs on this machine (software WebGL makes it large).
   */
  repaintMs: async () => {
    const frame = (repaint) =>
      new Promise((resolve) => {
        const t = performance.now();
        if (repaint) map.triggerRepaint();
        window.requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0));
      });
    await frame(false);
    const withMap = await frame(true);
    const without = await frame(false);
    return withMap - without;
  },
};
