/**
 * The basemap's layers (its look, as data): what is drawn from each file of public/basemap, at which
 * zooms, in which colours. basemap-style.ts adds the sources and fonts; map-key.ts explains each layer.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../../lib/i18n-types';
import { cutByEdge } from './label-edges';
import { MAP_COLORS as C } from './map-colors';

/** Font stacks used by the map's labels; served by the app itself through `font-faces`. */
export const FONT = { regular: ['Noto Sans Regular'], bold: ['Noto Sans SemiBold'], italic: ['Noto Sans Italic'] };

/** The CJK family MapLibre draws Chinese with (local fonts; no glyph server). */
export const IDEOGRAPH_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** A label the map's edge cuts is not drawn (see label-edges.ts). */
const HIDDEN_WHEN_CUT: ExpressionSpecification = ['case', cutByEdge, 0, 1];

/** Ids of the landmark layers (tests and the legend refer to them). */
export const LANDMARK_LAYERS = {
  runway: 'aeroway-runway',
  taxiway: 'aeroway-taxiway',
  airportDot: 'airport-dot',
  airportLabel: 'airport-label',
} as const;

/**
 * Stations by tier: main railway stations from the city view, other railway stations closer, metro
 * and tram stops closest (main: named after the city or a labelled seat, see ATTRIBUTION.md). A
 * station that shares its name with a labelled place beside it (大连, 瓦房店, 普兰店: `sameAsPlace`)
 * is that place's marker and name until the closest zooms, where it shows apart, unnamed.
 */
const notSameAsPlace: ExpressionSpecification = ['!=', ['get', 'sameAsPlace'], true];
export const STATION_TIERS: { id: string; minzoom: number; filter: ExpressionSpecification; radius: number; size: number; named: boolean }[] = [
  { id: 'station-main', minzoom: 8, filter: ['all', ['==', ['get', 'main'], true], notSameAsPlace], radius: 4, size: 13, named: true },
  { id: 'station-rail', minzoom: 10.5, filter: ['all', ['==', ['get', 'station'], 'train'], ['!=', ['get', 'main'], true]], radius: 3, size: 12, named: true },
  { id: 'station-urban', minzoom: 11.5, filter: ['in', ['get', 'station'], ['literal', ['subway', 'tram']]], radius: 2.5, size: 12, named: true },
  { id: 'station-place', minzoom: 11.5, filter: ['==', ['get', 'sameAsPlace'], true], radius: 4, size: 13, named: false },
];

function stationLabels(tier: (typeof STATION_TIERS)[number], isStation: ExpressionSpecification, lang: Lang): LayerSpecification {
  return {
    id: `${tier.id}-labels`,
    type: 'symbol',
    source: 'landmarks',
    minzoom: tier.minzoom,
    filter: ['all', isStation, tier.filter],
    layout: {
      'text-field': labelText(lang, false),
      'text-font': FONT.regular,
      'text-size': tier.size,
      'text-anchor': 'left',
      'text-offset': [0.7, 0],
      'text-optional': true,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': C.labelLandmark, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.4, 'text-opacity': HIDDEN_WHEN_CUT },
  };
}

function landmarkLayers(lang: Lang): LayerSpecification[] {
  const isStation: ExpressionSpecification = ['==', ['get', 'kind'], 'station'];
  const stations = STATION_TIERS.flatMap((tier): LayerSpecification[] => [
    {
      id: `${tier.id}-dots`,
      type: 'circle',
      source: 'landmarks',
      minzoom: tier.minzoom,
      filter: ['all', isStation, tier.filter],
      paint: { 'circle-radius': tier.radius, 'circle-color': '#fff', 'circle-stroke-color': C.station, 'circle-stroke-width': 1.6 },
    },
    ...(tier.named ? [stationLabels(tier, isStation, lang)] : []),
  ]);
  return [
    {
      id: LANDMARK_LAYERS.taxiway,
      type: 'line',
      source: 'aeroways',
      minzoom: 11,
      filter: ['==', ['get', 'aeroway'], 'taxiway'],
      paint: { 'line-color': C.taxiway, 'line-width': ['interpolate', ['exponential', 2], ['zoom'], 11, 0.8, 15, 8] },
    },
    {
      id: LANDMARK_LAYERS.runway,
      type: 'line',
      source: 'aeroways',
      minzoom: 10,
      filter: ['==', ['get', 'aeroway'], 'runway'],
      paint: { 'line-color': C.runway, 'line-width': ['interpolate', ['exponential', 2], ['zoom'], 10, 1.5, 15, 30] },
    },
    ...stations,
    {
      id: LANDMARK_LAYERS.airportDot,
      type: 'circle',
      source: 'landmarks',
      minzoom: 8,
      filter: ['==', ['get', 'kind'], 'airport'],
      paint: { 'circle-radius': 5, 'circle-color': C.airport, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 },
    },
    {
      id: LANDMARK_LAYERS.airportLabel,
      type: 'symbol',
      source: 'landmarks',
      minzoom: 9,
      filter: ['==', ['get', 'kind'], 'airport'],
      layout: {
        // Both languages: the name in the current one, the other beneath.
        'text-field': labelText(lang, true),
        'text-font': FONT.bold,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 12, 13, 15],
        'text-anchor': 'top',
        'text-offset': [0, 0.7],
        'text-max-width': 12,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': C.labelLandmark, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.6, 'text-opacity': HIDDEN_WHEN_CUT },
    },
  ];
}

/** The label in the current language, with the other language beneath for district/city labels. */
export function labelText(lang: Lang, bilingual: boolean): ExpressionSpecification {
  const main = lang === 'zh' ? 'nameZh' : 'nameEn';
  const other = lang === 'zh' ? 'nameEn' : 'nameZh';
  if (!bilingual) return ['get', main];
  return ['format', ['get', main], {}, '\n', {}, ['get', other], { 'font-scale': 0.78 }];
}

export function basemapLayers(lang: Lang): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': C.sea } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': C.neighbourLand } },
    { id: 'dalian-land', type: 'fill', source: 'districts', paint: { 'fill-color': C.dalianLand } },
    {
      id: 'coast',
      type: 'line',
      source: 'land',
      paint: { 'line-color': C.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 12, 1.4] },
    },
    {
      id: 'district-lines',
      type: 'line',
      source: 'boundaries',
      filter: ['==', ['get', 'level'], 'district'],
      paint: { 'line-color': C.districtLine, 'line-width': 0.9, 'line-dasharray': [3, 2] },
    },
    {
      id: 'city-lines',
      type: 'line',
      source: 'boundaries',
      filter: ['==', ['get', 'level'], 'city'],
      paint: { 'line-color': C.cityLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 12, 1.8] },
    },
    ...landmarkLayers(lang),
    {
      id: 'sea-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['in', ['get', 'kind'], ['literal', ['sea', 'strait']]],
      layout: {
        'text-field': labelText(lang, false),
        'text-font': FONT.italic,
        'text-size': ['match', ['get', 'kind'], 'sea', 18, 14],
        'text-letter-spacing': 0.15,
        'text-max-width': 8,
      },
      paint: { 'text-color': C.labelSea, 'text-halo-color': 'rgba(207,227,238,0.8)', 'text-halo-width': 1, 'text-opacity': HIDDEN_WHEN_CUT },
    },
    {
      id: 'district-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'kind'], 'district'],
      minzoom: 7.5,
      layout: {
        'text-field': labelText(lang, false),
        'text-font': FONT.regular,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 13, 12, 17],
        'text-transform': lang === 'en' ? 'uppercase' : 'none',
        'text-letter-spacing': lang === 'en' ? 0.08 : 0.2,
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': C.labelDistrict, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.2, 'text-opacity': HIDDEN_WHEN_CUT },
    },
    {
      id: 'town-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['in', ['get', 'kind'], ['literal', ['town', 'city']]],
      layout: {
        'text-field': labelText(lang, false),
        'text-font': FONT.bold,
        'text-size': ['match', ['get', 'kind'], 'city', 16, 13],
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': C.labelTown, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.4, 'text-opacity': HIDDEN_WHEN_CUT },
    },
    {
      id: 'town-dots',
      type: 'circle',
      source: 'labels',
      filter: ['in', ['get', 'kind'], ['literal', ['town', 'city']]],
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'city', 4, 2.5],
        'circle-color': C.labelTown,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1,
      },
    },
  ];
}
