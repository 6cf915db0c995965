import { useMemo } from 'react';
import { Layer, Source } from '@vis.gl/react-maplibre';
import type { FeatureCollection } from 'geojson';
import { reachLabel, reachLine } from '../config/reach-layers';

/** One straight line from a zone to a place, with the label at the place's end. */
export type ReachLine = { id: string; from: [number, number]; to: [number, number]; label: string };

/** The selected zone's reach drawn on the map (on demand): a dashed line to each place and its distance. */
export function ReachLines({ lines }: { lines: ReachLine[] }) {
  const data = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: lines.flatMap((l) => [
        { type: 'Feature', properties: { id: l.id }, geometry: { type: 'LineString', coordinates: [l.from, l.to] } },
        { type: 'Feature', properties: { id: l.id, label: l.label }, geometry: { type: 'Point', coordinates: l.to } },
      ]),
    }),
    [lines],
  );
  return (
    <Source id="reach" type="geojson" data={data} generateId>
      <Layer {...reachLine} />
      <Layer {...reachLabel} />
    </Source>
  );
}
