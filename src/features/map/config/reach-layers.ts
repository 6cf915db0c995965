import type { LayerProps } from '@vis.gl/react-maplibre';
import { FONT } from './basemap-layers';
import { cutByEdge } from './label-edges';
import { MAP_COLORS as C } from './map-colors';

export const REACH_LINE_LAYER = 'reach-line';
export const REACH_LABEL_LAYER = 'reach-label';

/** A zone's straight line to a place (the airport, the nearest stations): dashed, as a measure, not a route. */
export const reachLine: LayerProps = {
  id: REACH_LINE_LAYER,
  type: 'line',
  filter: ['==', ['geometry-type'], 'LineString'],
  layout: { 'line-cap': 'round' },
  paint: { 'line-color': C.reachLine, 'line-width': 2.5, 'line-dasharray': [2, 1.5], 'line-opacity': 0.9 },
};

/** At the place's end: what it is and how far, e.g. "Airport · 14.0 km". */
export const reachLabel: LayerProps = {
  id: REACH_LABEL_LAYER,
  type: 'symbol',
  filter: ['==', ['geometry-type'], 'Point'],
  layout: {
    'text-field': ['get', 'label'],
    'text-font': FONT.bold,
    'text-size': 15,
    'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
    'text-radial-offset': 0.6,
    'text-max-width': 14,
    'text-allow-overlap': false,
  },
  paint: { 'text-color': C.reachLabel, 'text-halo-color': 'rgba(255,255,255,0.96)', 'text-halo-width': 2.2, 'text-opacity': ['case', cutByEdge, 0, 1] },
};
