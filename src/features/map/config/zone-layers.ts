import type { LayerProps } from '@vis.gl/react-maplibre';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { cutByEdge } from './label-edges';
import { MAP_COLORS as C } from './map-colors';

/** Ids of the layers a pointer can pick zones from, in priority order. */
export const ZONE_FILL_LAYER = 'zone-fill';
export const ZONE_POINT_LAYER = 'zone-point';
export const ZONE_LABEL_LAYER = 'zone-label';
export const ZONE_COUNT_LAYER = 'zone-count';
export const INTERACTIVE_LAYERS = [ZONE_POINT_LAYER, ZONE_LABEL_LAYER, ZONE_COUNT_LAYER, ZONE_FILL_LAYER];
/** Layers whose features name a zone at a spot on screen: the marker and its label (with its count). */
export const ZONE_MARKER_LAYERS = [ZONE_POINT_LAYER, ZONE_LABEL_LAYER, ZONE_COUNT_LAYER];

/** Labels wrap at this many ems, so a long name takes two lines rather than running off the map. */
export const LABEL_MAX_EM = 9;
/** On a phone, at this many. */
export const LABEL_MAX_EM_COMPACT = 7;

/**
 * The zoom from which the labels of nested point-only zones are drawn. Below it, around Dayao Bay five
 * zones lie within 10 km (the Development Zone, the Bonded Area, Dagushan, the export processing zone
 * and the bonded port): their five labels cannot all find a place at the city's scale.
 */
export const NESTED_LABEL_ZOOM = 9.8;

/** The transparent image that makes each zone's marker an obstacle for every label. */
export const MARKER_BLOCKER_IMAGE = 'zone-marker-blocker';

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
const focused: ExpressionSpecification = ['boolean', ['feature-state', 'focus'], false];

/** Hidden zones (every cluster switched off) are filtered out of every layer; their data stays put. */
export const visibleFilter = (hiddenZoneIds: readonly string[]): FilterSpecification => [
  '!',
  ['in', ['get', 'zoneId'], ['literal', [...hiddenZoneIds]]],
];

export const zoneFill: LayerProps = {
  id: ZONE_FILL_LAYER,
  type: 'fill',
  paint: {
    'fill-color': ['get', 'color'],
    'fill-opacity': ['case', dimmed, 0.1, selected, 0.5, hovered, 0.46, focused, 0.46, 0.32],
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

/** The selection: a dark dashed ring inside a white one, visible on land, sea and every zone colour. */
export const zoneSelectedCasing: LayerProps = {
  id: 'zone-selected-casing',
  type: 'line',
  paint: { 'line-color': '#ffffff', 'line-width': ['case', selected, 6, focused, 7, 0], 'line-opacity': 0.9 },
};

export const zoneSelectedHalo: LayerProps = {
  id: 'zone-selected',
  type: 'line',
  paint: {
    'line-color': C.selection,
    'line-width': ['case', focused, 3, selected, 2.5, hovered, 1.2, 0],
    'line-dasharray': [2, 1],
  },
};

export const zonePoint: LayerProps = {
  id: ZONE_POINT_LAYER,
  type: 'circle',
  // A tucked zone's marker (a point inside another zone) is drawn under the others: at the city's
  // scale the bonded port's lies on Dagushan's, and a click there means the zone that is named.
  layout: { 'circle-sort-key': ['case', ['get', 'tucked'], 0, 1] },
  paint: {
    'circle-radius': ['case', focused, 11, selected, 10, hovered, 9, 7],
    'circle-color': ['get', 'color'],
    'circle-stroke-color': ['case', focused, C.selection, ['get', 'color2']],
    'circle-stroke-width': ['case', focused, 4, selected, 4, 3],
    'circle-opacity': ['case', dimmed, 0.35, 1],
    'circle-stroke-opacity': ['case', dimmed, 0.35, 1],
  },
};

/**
 * An invisible icon on each zone marker, always placed: no label (the zones' own or the basemap's)
 * may be drawn over a marker.
 */
export const zonePointBlocker: LayerProps = {
  id: 'zone-point-blocker',
  type: 'symbol',
  layout: {
    'icon-image': MARKER_BLOCKER_IMAGE,
    'icon-allow-overlap': true,
    'icon-ignore-placement': false,
    'icon-padding': 0,
  },
};

/** The name, with `detail` as a smaller second line (the name alone on a phone or without a detail). */
function labelText(detail: 'detail' | 'overviewDetail', compact: boolean, detailFont: string[]): ExpressionSpecification {
  return [
    'case',
    ['any', compact, ['==', ['get', detail], '']],
    ['get', 'label'],
    ['format', ['get', 'label'], {}, '\n', {}, ['get', detail], { 'font-scale': 0.82, 'text-font': ['literal', detailFont], 'text-color': C.zoneCount }],
  ];
}

/**
 * The zone's name beside its marker, with its count of anchor companies (or the chosen company) as a
 * smaller second line: MapLibre's collision handling moves the pair to a free side of the marker.
 * Names are placed before everything else, so every zone keeps its name on the first screen. One
 * symbol, not two: a count placed on its own gave way wherever a name took two lines (most English
 * names), so English showed few counts where Chinese showed them all. On a phone (`compact`) the
 * name stands alone and the count is `zoneCount`.
 */
export const zoneLabel = (font: string[], compact = false, detailFont: string[] = font): LayerProps => ({
  id: ZONE_LABEL_LAYER,
  type: 'symbol',
  layout: {
    // Below NESTED_LABEL_ZOOM a tucked zone (a point inside another zone) has no label, and its
    // parent's line says how many more zones it holds (`overviewDetail`).
    'text-field': ['step', ['zoom'], ['case', ['get', 'tucked'], '', labelText('overviewDetail', compact, detailFont)], NESTED_LABEL_ZOOM, labelText('detail', compact, detailFont)],
    'text-font': font,
    // Phones: a smaller size, so the crowded labels around Dayao Bay all find a place.
    'text-size': compact ? ['interpolate', ['linear'], ['zoom'], 7, 13, 12, 17] : ['interpolate', ['linear'], ['zoom'], 8, 15, 12, 19],
    'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-left', 'top-right', 'bottom-right'],
    'text-radial-offset': compact ? 0.8 : 1.05,
    'text-justify': 'auto',
    'text-max-width': compact ? LABEL_MAX_EM_COMPACT : LABEL_MAX_EM,
    'text-padding': compact ? 1 : 3,
    'symbol-sort-key': ['get', 'rank'],
    'text-allow-overlap': false,
  },
  paint: {
    'text-color': C.zoneLabel,
    'text-halo-color': 'rgba(255,255,255,0.96)',
    'text-halo-width': 2.2,
    'text-opacity': ['case', cutByEdge, 0, dimmed, 0.55, 1],
  },
});

/**
 * On a phone, the count of anchor companies (or the chosen company) is a symbol of its own next to the
 * marker, where there is room (under it first, else above it or at a corner): it gives way to every
 * name, which the small screen needs (with the count, Dagushan's name would not fit in Chinese).
 */
export const zoneCount = (font: string[]): LayerProps => ({
  id: ZONE_COUNT_LAYER,
  type: 'symbol',
  filter: ['any', ['!=', ['get', 'detail'], ''], ['!=', ['get', 'overviewDetail'], '']],
  layout: {
    'text-field': ['step', ['zoom'], ['case', ['get', 'tucked'], '', ['get', 'overviewDetail']], NESTED_LABEL_ZOOM, ['get', 'detail']],
    'text-font': font,
    'text-size': ['interpolate', ['linear'], ['zoom'], 8, 13, 12, 16],
    'text-variable-anchor': ['top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
    'text-radial-offset': 1.15,
    'text-max-width': 12,
    'text-padding': 2,
    'text-allow-overlap': false,
  },
  paint: {
    'text-color': C.zoneCount,
    'text-halo-color': 'rgba(255,255,255,0.96)',
    'text-halo-width': 2,
    'text-opacity': ['case', cutByEdge, 0, dimmed, 0.55, 1],
  },
});
