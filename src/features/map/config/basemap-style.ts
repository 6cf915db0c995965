import type { StyleSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import notoRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoBold from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import notoItalic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import type { Lang } from '../../../lib/i18n-types';
import { MAP_COLORS as C } from './map-colors';

/** Font stacks used by the map's labels; served by the app itself through `font-faces`. */
export const FONT = { regular: ['Noto Sans Regular'], bold: ['Noto Sans SemiBold'], italic: ['Noto Sans Italic'] };

/** The CJK family MapLibre draws Chinese with (local fonts; no glyph server). */
export const IDEOGRAPH_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL) · DataV.GeoAtlas · Vonng/adcode (CC BY 4.0)';

/** Ids of the landmark layers (tests and the legend refer to them). */
export const LANDMARK_LAYERS = {
  runway: 'aeroway-runway',
  taxiway: 'aeroway-taxiway',
  airportDot: 'airport-dot',
  airportLabel: 'airport-label',
} as const;

/**
 * Stations by tier: main railway stations from the city view, other railway stations closer, metro
 * and tram stops closest (main: named after the city or a labelled seat, see ATTRIBUTION.md).
 */
const STATION_TIERS: { id: string; minzoom: number; filter: ExpressionSpecification; radius: number; size: number }[] = [
  { id: 'station-main', minzoom: 8, filter: ['==', ['get', 'main'], true], radius: 4, size: 13 },
  { id: 'station-rail', minzoom: 10.5, filter: ['all', ['==', ['get', 'station'], 'train'], ['!=', ['get', 'main'], true]], radius: 3, size: 12 },
  { id: 'station-urban', minzoom: 12, filter: ['in', ['get', 'station'], ['literal', ['subway', 'tram']]], radius: 2.5, size: 12 },
];

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
    {
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
      paint: { 'text-color': C.labelLandmark, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.4 },
    },
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
      paint: { 'text-color': C.labelLandmark, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.6 },
    },
  ];
}

/** Runways, taxiways and stations are OpenStreetMap data too (the extract of OpenQGIS/OMap-GeoDB). */
const LANDMARK_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL)';

/** The label in the current language, with the other language beneath for district/city labels. */
export function labelText(lang: Lang, bilingual: boolean): ExpressionSpecification {
  const main = lang === 'zh' ? 'nameZh' : 'nameEn';
  const other = lang === 'zh' ? 'nameEn' : 'nameZh';
  if (!bilingual) return ['get', main];
  return ['format', ['get', main], {}, '\n', {}, ['get', other], { 'font-scale': 0.78 }];
}

export function basemapStyle(lang: Lang, base: string): StyleSpecification {
  const url = (file: string) => new URL(`basemap/${file}`, base).href;
  return {
    version: 8,
    name: 'Dalian atlas basemap',
    'font-faces': {
      'Noto Sans Regular': [{ url: new URL(notoRegular, base).href }],
      'Noto Sans SemiBold': [{ url: new URL(notoBold, base).href }],
      'Noto Sans Italic': [{ url: new URL(notoItalic, base).href }],
    },
    sources: {
      land: { type: 'geojson', data: url('land.geojson'), attribution: ATTRIBUTION },
      districts: { type: 'geojson', data: url('districts.geojson') },
      boundaries: { type: 'geojson', data: url('boundaries.geojson') },
      labels: { type: 'geojson', data: url('labels.geojson') },
      aeroways: { type: 'geojson', data: url('aeroways.geojson'), attribution: LANDMARK_ATTRIBUTION },
      landmarks: { type: 'geojson', data: url('landmarks.geojson'), attribution: LANDMARK_ATTRIBUTION },
    },
    layers: [
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
        paint: { 'text-color': C.labelSea, 'text-halo-color': 'rgba(207,227,238,0.8)', 'text-halo-width': 1 },
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
        paint: { 'text-color': C.labelDistrict, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.2 },
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
        paint: { 'text-color': C.labelTown, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.4 },
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
    ],
  };
}
