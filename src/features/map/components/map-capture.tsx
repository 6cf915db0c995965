import { useEffect } from 'react';
import { useMap } from '@vis.gl/react-maplibre';
import type { Map as MlMap } from 'maplibre-gl';
import { copyCanvas, registerMapCapture, registerMapSnapshot, type MapPicture, type MapSnapshot } from '../../../lib/map-capture';
import { projectWith } from '../utils/frame-camera';

/** One frame at `ratio` device pixels per CSS pixel (never fewer than the screen's), with what the map's controls say. */
async function takePicture(map: MlMap, ratio: number): Promise<MapPicture> {
  const screen = map.getPixelRatio();
  const wanted = Math.max(ratio, screen);
  if (wanted !== screen) {
    // Redrawn at the wanted resolution; the labels are placed again, so wait for the map to settle.
    const settled = new Promise<void>((resolve) => map.once('idle', () => resolve()));
    map.setPixelRatio(wanted);
    await settled;
  }
  try {
    const frame = await new Promise<HTMLCanvasElement>((resolve) => {
      // MapLibre clears its WebGL buffer after each frame: copy it in the frame's own 'render' event.
      map.once('render', () => resolve(copyCanvas(map.getCanvas())));
      map.triggerRepaint();
    });
    const container = map.getContainer();
    const attribution = (container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const scaleEl = container.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
    const scaleWidth = scaleEl ? parseFloat(scaleEl.style.width) : NaN;
    const scale = scaleEl && Number.isFinite(scaleWidth) ? { label: (scaleEl.textContent ?? '').trim(), width: scaleWidth } : null;
    return { frame, cssWidth: map.getCanvas().clientWidth || frame.width / wanted, attribution, scale };
  } finally {
    if (wanted !== screen) map.setPixelRatio(screen);
  }
}

/**
 * The view as it is, redrawn synchronously without any text (symbol layers hidden for that one
 * frame, then shown again before the page is painted), so a print can set its own, larger labels.
 */
function takeSnapshot(map: MlMap): MapSnapshot | null {
  const symbols = (map.getStyle().layers ?? []).filter((l) => l.type === 'symbol' && map.getLayoutProperty(l.id, 'visibility') !== 'none').map((l) => l.id);
  for (const id of symbols) map.setLayoutProperty(id, 'visibility', 'none');
  let frame: HTMLCanvasElement;
  try {
    map.redraw();
    frame = copyCanvas(map.getCanvas());
  } finally {
    for (const id of symbols) map.setLayoutProperty(id, 'visibility', 'visible');
    map.triggerRepaint();
  }
  const canvas = map.getCanvas();
  const size = { width: canvas.clientWidth, height: canvas.clientHeight };
  const c = map.getCenter();
  const camera = { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
  return { frame, cssWidth: size.width, cssHeight: size.height, project: (lon, lat) => projectWith(camera, size, lon, lat) };
}

/**
 * The map feature's picture-taking, rendered inside the map: it registers how to take a picture of
 * the view (lib/map-capture.ts), at twice the CSS resolution for a download, and synchronously and
 * without labels for a print. Draws nothing.
 */
export function MapCapture() {
  const { current } = useMap();
  useEffect(() => {
    if (!current) return;
    const map = current.getMap();
    registerMapCapture((ratio) => takePicture(map, ratio));
    registerMapSnapshot(() => takeSnapshot(map));
    return () => {
      registerMapCapture(null);
      registerMapSnapshot(null);
    };
  }, [current]);
  return null;
}
