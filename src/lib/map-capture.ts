/**
 * A picture of the map, without coupling features: the map feature registers how to draw one frame
 * and copy it (MapLibre clears its WebGL buffer after each frame, so the copy is made in its own
 * 'render' event), and any other part of the app asks for it here.
 */
export type MapPicture = {
  /** The frame, in device pixels. */
  frame: HTMLCanvasElement;
  /** The map's width in CSS px. */
  cssWidth: number;
  /** The attribution as the map shows it (text). */
  attribution: string;
  /** The scale bar as the map draws it: its label ("3 km") and its length in CSS px. */
  scale: { label: string; width: number } | null;
};
type Capture = (ratio: number) => Promise<MapPicture>;

let current: Capture | null = null;

export function registerMapCapture(capture: Capture | null): void {
  current = capture;
}

/** Whether there is a map to take a picture of (none without WebGL). */
export const mapCaptureAvailable = () => current !== null;

/** The map's current view at `ratio` device pixels per CSS pixel (at least the screen's), or null when there is no map. */
export function captureMap(ratio = 1): Promise<MapPicture | null> {
  return current ? current(ratio) : Promise.resolve(null);
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
 * Printing needs the map synchronously (in `beforeprint`): the map feature registers how to redraw
 * its current view at once, without its labels (the brief sets its own, in print sizes), and copy it,
 * with a projection of that view for placing them.
 */
export type MapSnapshot = {
  /** The frame without text labels, in device pixels. */
  frame: HTMLCanvasElement;
  /** The map's size in CSS px. */
  cssWidth: number;
  cssHeight: number;
  /** Where a lon/lat lies on that frame, in CSS px. */
  project: (lon: number, lat: number) => { x: number; y: number };
};
let snapshotNow: (() => MapSnapshot | null) | null = null;

export function registerMapSnapshot(fn: (() => MapSnapshot | null) | null): void {
  snapshotNow = fn;
}
/** The map's view as it is now, drawn without labels (synchronous); null without a map. */
export const mapSnapshot = (): MapSnapshot | null => (snapshotNow ? snapshotNow() : null);
