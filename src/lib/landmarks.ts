/**
 * The basemap's landmarks (public/basemap/landmarks.geojson: the airport, railway, metro and tram
 * stations from OpenStreetMap, built by scripts/build-basemap.mjs) as places search can find.
 */
import * as v from 'valibot';
import type { Localized } from './data/schemas';

export const PLACE_KINDS = ['airport', 'train', 'subway', 'tram'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export type Landmark = {
  /** Stable within one basemap build: the kind and the Chinese name. */
  id: string;
  kind: PlaceKind;
  name: Localized;
  lon: number;
  lat: number;
  /** The basemap's own rank: 1 the airport, 2 main stations, 3 other stations, 4 metro and tram. */
  rank: number;
};

const name = v.pipe(v.string(), v.trim(), v.minLength(1));
const FeatureSchema = v.object({
  properties: v.object({
    kind: v.picklist(['airport', 'station']),
    station: v.optional(v.picklist(['train', 'subway', 'tram'])),
    nameEn: name,
    nameZh: name,
    rank: v.number(),
  }),
  geometry: v.object({ type: v.literal('Point'), coordinates: v.tuple([v.number(), v.number()]) }),
});
const CollectionSchema = v.object({ features: v.array(v.unknown()) });

/** The landmarks of the GeoJSON text; a feature that is not a named point of a known kind is skipped. */
export function parseLandmarks(text: string): Landmark[] {
  const collection = v.parse(CollectionSchema, JSON.parse(text));
  const out: Landmark[] = [];
  for (const raw of collection.features) {
    const f = v.safeParse(FeatureSchema, raw);
    if (!f.success) continue;
    const p = f.output.properties;
    const kind: PlaceKind | undefined = p.kind === 'airport' ? 'airport' : p.station;
    if (!kind) continue;
    const [lon, lat] = f.output.geometry.coordinates;
    out.push({ id: `${kind}-${p.nameZh}`, kind, name: { en: p.nameEn, zh: p.nameZh }, lon, lat, rank: p.rank });
  }
  return out;
}
