import type { StyleSpecification } from 'maplibre-gl';
import notoRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoBold from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import notoItalic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import type { Lang } from '../../../lib/i18n-types';
import { basemapLayers } from './basemap-layers';

export { FONT, IDEOGRAPH_FONT_FAMILY, LANDMARK_LAYERS, STATION_TIERS, labelText } from './basemap-layers';

export const ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL) · DataV.GeoAtlas · Vonng/adcode (CC BY 4.0)';

/** Runways, taxiways and stations are OpenStreetMap data too (the extract of OpenQGIS/OMap-GeoDB). */
const LANDMARK_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL)';

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
      labels: { type: 'geojson', data: url('labels.geojson'), generateId: true },
      aeroways: { type: 'geojson', data: url('aeroways.geojson'), attribution: LANDMARK_ATTRIBUTION },
      landmarks: { type: 'geojson', data: url('landmarks.geojson'), attribution: LANDMARK_ATTRIBUTION, generateId: true },
    },
    layers: basemapLayers(lang),
  };
}
