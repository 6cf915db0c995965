import { readFileSync } from 'node:fs';

/** A zone of the built dataset, as the specs need it (ids are open: specs read them from the data). */
export type DataZone = {
  id: string;
  name: { en: string; zh: string };
  shortName: { en: string; zh: string };
  clusterIds: string[];
  parentZoneId?: string;
  drawnAs?: 'outline' | 'point';
  catalogue?: { code: string; level: 'national' | 'provincial' };
  location: { lon: number; lat: number; method: { en: string; zh: string }; uncertaintyKm: number };
};

const readData = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8'));

/** The zones in the order of public/data/zones.json (the first screen's index), each its whole record (zones/<id>.json). */
export const ZONES = (readData('zones.json') as { id: string }[]).map((z) => readData(`zones/${encodeURIComponent(z.id)}.json`) as DataZone);
export const ZONE_IDS = ZONES.map((z) => z.id);
