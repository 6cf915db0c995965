import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Labels cut by the map's edge. MapLibre places a label whose anchor is in view even when its text
 * runs past the edge of the map: district names came out as "ANZI" or "JINZHO" at the left edge
 * (issue 16, item 6). After the camera settles, `useEdgeLabels` marks each label whose box crosses an
 * edge with this feature-state, and the label layers draw it at opacity 0 until the camera moves again.
 */
export const CUT_BY_EDGE = 'cutByEdge';

/** True for a label the map's edge cuts. */
export const cutByEdge: ExpressionSpecification = ['boolean', ['feature-state', CUT_BY_EDGE], false];

/** The label layers whose cut labels are hidden: every symbol layer of the basemap and of the zones. */
export const EDGE_CHECKED_LABEL_LAYERS = [
  'sea-labels',
  'district-labels',
  'town-labels',
  'station-main-labels',
  'station-rail-labels',
  'station-urban-labels',
  'airport-label',
  'zone-label',
  'zone-count',
  'reach-label',
] as const;
