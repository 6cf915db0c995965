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

/** The zones of public/data/zones.json, in their order. */
export const ZONES = JSON.parse(readFileSync(new URL('../../public/data/zones.json', import.meta.url), 'utf8')) as DataZone[];
export const ZONE_IDS = ZONES.map((z) => z.id);
