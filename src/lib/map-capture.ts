/**
 * A picture of the map, without coupling features: the map's side registers how to draw one frame
 * and copy it (MapLibre clears its WebGL buffer after each frame, so the copy is made in its own
 * 'render' event), and any other part of the app asks for it here.
 */
type Capture = () => Promise<HTMLCanvasElement>;

let current: Capture | null = null;

export function registerMapCapture(capture: Capture | null): void {
  current = capture;
}

/** The map's current frame as a 2D canvas (device pixels), or null when there is no map (no WebGL). */
export function captureMap(): Promise<HTMLCanvasElement | null> {
  return current ? current() : Promise.resolve(null);
}

/** Copies a WebGL canvas into a 2D one; call it right after the frame was drawn. */
export function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return copy;
}

/**
 * Printing needs the map synchronously (in `beforeprint`), so, once asked for, the map keeps a copy
 * of its last settled frame (taken at each `idle`, while the frame is still in the buffer).
 */
let wantSnapshots = false;
let snapshot: HTMLCanvasElement | null = null;
const wishes = new Set<() => void>();

export function keepMapSnapshots(): void {
  if (wantSnapshots) return;
  wantSnapshots = true;
  for (const wish of wishes) wish();
}
export const snapshotsWanted = () => wantSnapshots;
/** The map side is told when snapshots are first asked for (it may have been idle for a while). */
export function onSnapshotsWanted(fn: () => void): () => void {
  wishes.add(fn);
  return () => wishes.delete(fn);
}
export function setMapSnapshot(canvas: HTMLCanvasElement | null): void {
  snapshot = canvas;
}
export const mapSnapshot = () => snapshot;
