import { useEffect } from 'react';
import { useMap } from '@vis.gl/react-maplibre';
import { copyCanvas, registerMapCapture } from '../../../lib/map-capture';

/**
 * Rendered inside the map: registers the map's picture-taking (draw a frame, copy it while it is
 * still in the buffer) for the map download and the printed brief. Draws nothing.
 */
export function MapCaptureBridge() {
  const { current } = useMap();
  useEffect(() => {
    if (!current) return;
    const map = current.getMap();
    registerMapCapture(
      () =>
        new Promise((resolve) => {
          map.once('render', () => resolve(copyCanvas(map.getCanvas())));
          map.triggerRepaint();
        }),
    );
    return () => registerMapCapture(null);
  }, [current]);
  return null;
}
