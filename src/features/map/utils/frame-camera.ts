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
/** Something drawn over the map (map pixels). */
export type Obstacle = { rect: Rect };
/**
 * A marker that must stay clear, and the room its label needs to its right. MapLibre may place the
 * label on another side when the right is taken: with `eitherSide`, room is kept on the left as well.
 */
export type Marker = { lon: number; lat: number; labelWidth: number; labelHeight: number; eitherSide?: boolean };
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
  return { left: m.eitherSide ? p.x - 16 - m.labelWidth : p.x - 12, right: p.x + 16 + m.labelWidth, top: p.y - Math.max(12, m.labelHeight / 2), bottom: p.y + Math.max(12, m.labelHeight / 2) };
}

/** The screen box of a zone's outline (its bounds) under a camera. */
export function areaBox(camera: Camera, size: { width: number; height: number }, [[w, south], [e, n]]: Bounds): Rect {
  const a = projectWith(camera, size, w, n);
  const b = projectWith(camera, size, e, south);
  return { left: a.x, top: a.y, right: b.x, bottom: b.y };
}

export type Framing = {
  bounds: Bounds;
  size: { width: number; height: number };
  padding: Padding;
  markers: Marker[];
  /** Zones' outlines (their bounds) that must stay clear of the obstacles too. */
  areas?: Bounds[];
  obstacles: Obstacle[];
  maxZoom: number;
};

/** What a camera leaves covered: the obstacles something falls under, and how far labels run off the right edge. */
function faults(camera: Camera, f: Framing) {
  const boxes = [...f.markers.map((m) => markerBox(camera, f.size, m)), ...(f.areas ?? []).map((a) => areaBox(camera, f.size, a))];
  const hit = f.obstacles.filter((o) => boxes.some((b) => overlaps(b, o.rect)));
  const labels = f.markers.map((m) => markerBox(camera, f.size, m));
  // The edge of the map is an obstacle too: a label must not run off it, nor a marker sit outside it.
  const offRight = Math.max(0, ...labels.map((b) => b.right - (f.size.width - 4)));
  const outside = f.markers.some((m) => {
    const p = projectWith(camera, f.size, m.lon, m.lat);
    return p.x < 0 || p.y < 0 || p.x > f.size.width || p.y > f.size.height;
  });
  return { hit, offRight, outside };
}

/** Whether a camera already shows every marker and label, and every outline, clear of every obstacle. */
export function isClear(camera: Camera, f: Framing): boolean {
  const { hit, offRight, outside } = faults(camera, f);
  return hit.length === 0 && offRight < 1 && !outside;
}

/**
 * The camera for `bounds` whose markers, labels and outlines clear every obstacle, and whether one was
 * found. From the plain fit's zoom down, in steps of 0.05, it looks for the smallest slide of the
 * zones (in pixels, from where the plain fit would centre them) that keeps every box inside the map
 * and off every obstacle: a legend in the top-left corner leaves the zones below or beside it, not in
 * a strip narrowed by its width. Candidate slides are the edges of the forbidden ones, so the search
 * is exact for rectangles.
 */
export function frameCamera(f: Framing): { camera: Camera; clear: boolean } {
  const { bounds, size, padding, maxZoom } = f;
  const plain = fitCamera(bounds, size, padding, maxZoom);
  if (isClear(plain, f)) return { camera: plain, clear: true };
  // A phone's map is too narrow for labels beside every marker: there they flip west, into the room
  // the padding keeps, and only the padding is widened.
  if (size.width < 600) return padFrame(f);
  const cx = (mercX(bounds[0][0]) + mercX(bounds[1][0])) / 2;
  const cy = (mercY(bounds[0][1]) + mercY(bounds[1][1])) / 2;
  for (let zoom = plain.zoom; zoom > plain.zoom - 3; zoom -= 0.05) {
    const world = TILE * 2 ** zoom;
    const camera0 = { lon: lonOf(cx), lat: latOf(cy), zoom };
    const boxes = [...f.markers.map((m) => markerBox(camera0, size, m)), ...(f.areas ?? []).map((a) => areaBox(camera0, size, a))];
    const zone = areaBox(camera0, size, bounds);
    // The slides that keep the zones' bounds inside the padding and every box inside the map.
    const lo = { x: Math.max(padding.left - zone.left, ...boxes.map((b) => 4 - b.left)), y: Math.max(padding.top - zone.top, ...boxes.map((b) => 4 - b.top)) };
    const hi = {
      x: Math.min(size.width - padding.right - zone.right, ...boxes.map((b) => size.width - 4 - b.right)),
      y: Math.min(size.height - padding.bottom - zone.bottom, ...boxes.map((b) => size.height - 4 - b.bottom)),
    };
    if (lo.x > hi.x || lo.y > hi.y) continue;
    // Each box and obstacle forbid an open rectangle of slides.
    const forbidden = boxes.flatMap((b) =>
      f.obstacles.map((o) => ({ x0: o.rect.left - b.right, x1: o.rect.right - b.left, y0: o.rect.top - b.bottom, y1: o.rect.bottom - b.top })),
    );
    const want = { x: (lo.x + hi.x) / 2, y: (lo.y + hi.y) / 2 };
    // A pixel past each edge, so that rounding on the way back to lon/lat never lands on it.
    const xs = [want.x, lo.x, hi.x, ...forbidden.flatMap((r) => [r.x0 - 1, r.x1 + 1])].filter((x) => x >= lo.x && x <= hi.x);
    const ys = [want.y, lo.y, hi.y, ...forbidden.flatMap((r) => [r.y0 - 1, r.y1 + 1])].filter((y) => y >= lo.y && y <= hi.y);
    let best: { x: number; y: number; d: number } | null = null;
    for (const x of xs)
      for (const y of ys) {
        const d = (x - want.x) ** 2 + (y - want.y) ** 2;
        if (best && d >= best.d) continue;
        if (forbidden.some((r) => x > r.x0 && x < r.x1 && y > r.y0 && y < r.y1)) continue;
        best = { x, y, d };
      }
    if (!best) continue;
    // Sliding the zones by (x, y) on screen is moving the camera by (-x, -y).
    const camera = { lon: lonOf(cx - best.x / world), lat: latOf(cy - best.y / world), zoom };
    return { camera, clear: true };
  }
  return { camera: plain, clear: false };
}

/**
 * A narrow map's framing: up to four rounds, each widening the padding on the side of the map nearest
 * to an obstacle something still falls under, or on the right for a label that runs off the edge.
 */
function padFrame(f: Framing): { camera: Camera; clear: boolean } {
  const { bounds, size, maxZoom } = f;
  const padding = { ...f.padding };
  let camera = fitCamera(bounds, size, padding, maxZoom);
  for (let round = 0; round < 4; round++) {
    const { hit, offRight } = faults(camera, f);
    if (hit.length === 0 && offRight < 1) break;
    for (const { rect } of hit) {
      const gaps: [keyof Padding, number, number][] = [
        ['left', rect.left, rect.right + 8],
        ['right', size.width - rect.right, size.width - rect.left + 8],
        ['top', rect.top, rect.bottom + 8],
        ['bottom', size.height - rect.bottom, size.height - rect.top + 8],
      ];
      const [side, , need] = gaps.reduce((a, b) => (b[1] < a[1] ? b : a));
      padding[side] = Math.max(padding[side], need);
    }
    if (offRight > 0) padding.right += Math.ceil(offRight) + 8;
    camera = fitCamera(bounds, size, padding, maxZoom);
  }
  return { camera, clear: isClear(camera, f) };
}
