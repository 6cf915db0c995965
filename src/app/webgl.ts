/** Whether this browser can draw the map (MapLibre 6 needs WebGL 2). Without it the app offers everything but the map. */
export function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}
