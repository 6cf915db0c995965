import { useEffect } from 'react';
import { useMap } from '@vis.gl/react-maplibre';
import { copyCanvas, onSnapshotsWanted, registerMapCapture, setMapSnapshot, snapshotsWanted } from '../../../lib/map-capture';

/**
 * Rendered inside the map: registers the map's picture-taking (draw a frame, copy it while it is
 * still in the buffer) for the map download, and, once a brief may be printed, keeps a copy of
 * each settled frame for it. Draws nothing.
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
    const onIdle = () => {
      if (snapshotsWanted()) setMapSnapshot(copyCanvas(map.getCanvas()));
    };
    map.on('idle', onIdle);
    const stop = onSnapshotsWanted(() => map.once('render', onIdle).triggerRepaint());
    if (snapshotsWanted()) map.once('render', onIdle).triggerRepaint();
    return () => {
      map.off('idle', onIdle);
      stop();
      registerMapCapture(null);
    };
  }, [current]);
  return null;
}
