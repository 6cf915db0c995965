import { MAP_COLORS as C } from './map-colors';
import { LANDMARK_LAYERS, STATION_TIERS } from './basemap-layers';

/** How an entry of the map key draws its symbol (an inline SVG, in the map's own colours). */
export type KeySymbol =
  | { kind: 'area'; fill: string; stroke?: string }
  | { kind: 'line'; color: string; width: number; dash?: string }
  | { kind: 'dot'; fill: string; stroke: string; r: number; strokeWidth: number }
  | { kind: 'airport' }
  | { kind: 'pin' };

export type KeyEntry = { id: string; symbol: KeySymbol; layers: readonly string[] };

const stationLayers = STATION_TIERS.flatMap((t) => (t.named ? [`${t.id}-dots`, `${t.id}-labels`] : [`${t.id}-dots`]));

/**
 * The map key: every symbol the basemap draws, and the basemap layers each entry explains (a test
 * checks that no layer of basemap-style.ts is left unexplained). Strings: `map.key.<id>` in
 * features/map/locales.
 */
export const MAP_KEY: readonly KeyEntry[] = [
  { id: 'place', symbol: { kind: 'dot', fill: C.labelTown, stroke: '#fff', r: 4, strokeWidth: 1 }, layers: ['town-dots', 'town-labels'] },
  { id: 'station', symbol: { kind: 'dot', fill: '#fff', stroke: C.station, r: 3.5, strokeWidth: 1.6 }, layers: stationLayers },
  { id: 'airport', symbol: { kind: 'airport' }, layers: Object.values(LANDMARK_LAYERS) },
  { id: 'cityLine', symbol: { kind: 'line', color: C.cityLine, width: 1.8 }, layers: ['city-lines'] },
  { id: 'districtLine', symbol: { kind: 'line', color: C.districtLine, width: 1.2, dash: '3 2' }, layers: ['district-lines', 'district-labels'] },
  { id: 'dalian', symbol: { kind: 'area', fill: C.dalianLand }, layers: ['dalian-land'] },
  { id: 'otherLand', symbol: { kind: 'area', fill: C.neighbourLand }, layers: ['land'] },
  { id: 'sea', symbol: { kind: 'area', fill: C.sea, stroke: C.coast }, layers: ['sea', 'coast', 'sea-labels'] },
];

/** Shown only when a company has a sourced site: its pin (EnterpriseMarkers, an HTML marker, not a layer). */
export const COMPANY_SITE_ENTRY: KeyEntry = { id: 'companySite', symbol: { kind: 'pin' }, layers: [] };
