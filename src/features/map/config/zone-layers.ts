import type { LayerProps } from '@vis.gl/react-maplibre';
import type { ExpressionSpecification } from 'maplibre-gl';
import { MAP_COLORS as C } from './map-colors';

/** Ids of the layers a pointer can pick zones from, in priority order. */
export const ZONE_FILL_LAYER = 'zone-fill';
export const ZONE_POINT_LAYER = 'zone-point';
export const INTERACTIVE_LAYERS = [ZONE_POINT_LAYER, ZONE_FILL_LAYER];

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

export const zoneFill: LayerProps = {
  id: ZONE_FILL_LAYER,
  type: 'fill',
  paint: {
    'fill-color': ['get', 'color'],
    'fill-opacity': ['case', dimmed, 0.12, selected, 0.55, hovered, 0.5, 0.36],
  },
};

/** The outline in the second cluster's colour, so a zone with two clusters shows both. */
export const zoneOutline: LayerProps = {
  id: 'zone-outline',
  type: 'line',
  paint: {
    'line-color': ['get', 'color2'],
    'line-width': ['case', selected, 3.5, hovered, 3, 2],
    'line-opacity': ['case', dimmed, 0.3, 1],
    // Dashed: every outline is an indicative estimate, not a surveyed boundary.
    'line-dasharray': [4, 2],
  },
};

export const zoneSelectedHalo: LayerProps = {
  id: 'zone-selected',
  type: 'line',
  paint: {
    'line-color': C.selection,
    'line-width': ['case', selected, 2, hovered, 1.2, 0],
    'line-dasharray': [2, 1],
  },
};

export const zonePoint: LayerProps = {
  id: ZONE_POINT_LAYER,
  type: 'circle',
  paint: {
    'circle-radius': ['case', selected, 10, hovered, 9, 7],
    'circle-color': ['get', 'color'],
    'circle-stroke-color': ['get', 'color2'],
    'circle-stroke-width': ['case', selected, 4, 3],
    'circle-opacity': ['case', dimmed, 0.35, 1],
    'circle-stroke-opacity': ['case', dimmed, 0.35, 1],
  },
};

export const zoneLabel = (textField: ExpressionSpecification, font: string[]): LayerProps => ({
  id: 'zone-label',
  type: 'symbol',
  layout: {
    'text-field': textField,
    'text-font': font,
    'text-size': ['interpolate', ['linear'], ['zoom'], 8, 14, 12, 18],
    'text-anchor': 'left',
    'text-offset': [1.1, 0],
    'text-max-width': 11,
    'text-allow-overlap': false,
    'text-optional': true,
  },
  paint: { 'text-color': C.zoneLabel, 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 2 },
});
