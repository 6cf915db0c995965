/**
 * Framing the zones in the part of the map nothing covers. The map sits under a legend and its own
 * controls; a plain fitBounds puts markers and labels under them. This finds a camera whose zone
 * markers, with room for their labels, keep clear of every obstacle: it starts from the plain fit and
 * widens the padding on an obstacle's side only when something would fall under it.
 *
 * Web Mercator math as MapLibre does it (512 px tiles), so it runs before the map exists.
 */
import type { Bounds } from './zone-features';

export type Rect = { left: number; top: number; right: number; bottom: number };
export type Padding = { top: number; right: number; bottom: number; left: number };
export type Side = keyof Padding;
/** Something drawn over the map, and the side of the map it hangs from. */
export type Obstacle = { rect: Rect; side: Side };
/** A marker that must stay clear, and the room its label needs to its right (it may also flip left). */
export type Marker = { lon: number; lat: number; labelWidth: number; labelHeight: number };
export type Camera = { lon: number; lat: number; zoom: number };

const TILE = 512;
const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/** The camera that fits `bounds` inside `size` less `padding` (MapLibre's fitBounds, without bearing). */
export function fitCamera(bounds: Bounds, size: { width: number; height: number }, padding: Padding, maxZoom: number): Camera {
  const [[w, s], [e, n]] = bounds;
  const x0 = mercX(w), x1 = mercX(e), y0 = mercY(n), y1 = mercY(s);
  const innerW = Math.max(1, size.width - padding.left - padding.right);
  const innerH = Math.max(1, size.height - padding.top - padding.bottom);
  const scale = Math.min(innerW / Math.max(1e-9, (x1 - x0) * TILE), innerH / Math.max(1e-9, (y1 - y0) * TILE));
  const zoom = Math.min(maxZoom, Math.log2(scale));
  const world = TILE * 2 ** zoom;
  // The centre of the padded box, in world pixels, is the centre of the bounds.
  const cx = ((x0 + x1) / 2) * world - (padding.left - padding.right) / 2;
  const cy = ((y0 + y1) / 2) * world - (padding.top - padding.bottom) / 2;
  return { lon: lonOf(cx / world), lat: latOf(cy / world), zoom };
}

/** Where a lon/lat lands on screen under a camera. */
export function projectWith(camera: Camera, size: { width: number; height: number }, lon: number, lat: number) {
  const world = TILE * 2 ** camera.zoom;
  return {
    x: (mercX(lon) - mercX(camera.lon)) * world + size.width / 2,
    y: (mercY(lat) - mercY(camera.lat)) * world + size.height / 2,
  };
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The screen box a marker and its label need (the label to the right of the marker). */
export function markerBox(camera: Camera, size: { width: number; height: number }, m: Marker): Rect {
  const p = projectWith(camera, size, m.lon, m.lat);
  return { left: p.x - 12, right: p.x + 16 + m.labelWidth, top: p.y - Math.max(12, m.labelHeight / 2), bottom: p.y + Math.max(12, m.labelHeight / 2) };
}

/**
 * The camera for `bounds` whose markers clear every obstacle, and the padding it used. Up to four
 * rounds: each one pushes the padding past the obstacles that something still falls under.
 */
export function frameCamera(opts: {
  bounds: Bounds;
  size: { width: number; height: number };
  padding: Padding;
  markers: Marker[];
  obstacles: Obstacle[];
  maxZoom: number;
}): { camera: Camera; padding: Padding } {
  const { bounds, size, markers, obstacles, maxZoom } = opts;
  const padding = { ...opts.padding };
  let camera = fitCamera(bounds, size, padding, maxZoom);
  for (let round = 0; round < 4; round++) {
    const boxes = markers.map((m) => markerBox(camera, size, m));
    const hit = obstacles.filter((o) => boxes.some((b) => overlaps(b, o.rect)));
    // The edge of the map is an obstacle too: a label must not run off it.
    const offRight = boxes.some((b) => b.right > size.width - 4);
    if (hit.length === 0 && !offRight) break;
    for (const o of hit) {
      const need = { left: o.rect.right + 8, right: size.width - o.rect.left + 8, top: o.rect.bottom + 8, bottom: size.height - o.rect.top + 8 }[o.side];
      padding[o.side] = Math.max(padding[o.side], need);
    }
    if (offRight) padding.right += Math.max(...boxes.map((b) => b.right - (size.width - 4)));
    camera = fitCamera(bounds, size, padding, maxZoom);
  }
  return { camera, padding };
}
