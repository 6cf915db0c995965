import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
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
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL) · DataV.GeoAtlas';

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
      neighbours: { type: 'geojson', data: url('neighbours.geojson') },
      boundaries: { type: 'geojson', data: url('boundaries.geojson') },
      labels: { type: 'geojson', data: url('labels.geojson') },
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
