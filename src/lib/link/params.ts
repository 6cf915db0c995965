/**
 * The link's parameters: each one's name and how its value reads and is written (nuqs parsers, so
 * the React binding in src/app/url-state.ts uses them as they are). The order they are written in,
 * versions and mending are in format.ts.
 */
import { createParser, parseAsArrayOf, parseAsString, parseAsStringLiteral } from 'nuqs';
import { LANGS } from '../i18n-types';
import { MAP_EXTENT } from '../../config/map-extent';

export const VIEWS = ['overview', 'zones', 'directory'] as const;
export type View = (typeof VIEWS)[number];

export type Camera = { lon: number; lat: number; zoom: number };

/** `lon,lat,zoom` as three finite numbers, anywhere on Earth, or null. */
export function readCamera(value: string): Camera | null {
  const parts = value.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon = 0, lat = 0, zoom = 0] = parts;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return null;
  return { lon, lat, zoom };
}

/** Whether a camera is within the map's limits (config/map-extent.json), give or take the rounding of a link. */
function withinLimits(c: Camera): boolean {
  const [w, s, e, n] = MAP_EXTENT.cameraBounds;
  const d = 1e-3;
  return c.lon >= w - d && c.lon <= e + d && c.lat >= s - d && c.lat <= n + d && c.zoom >= MAP_EXTENT.minZoom - d && c.zoom <= MAP_EXTENT.maxZoom + d;
}

/**
 * `at=121.6000,38.9100,9.50`: the camera, written only once the user has moved the map. Only a camera
 * within the map's limits reads as valid; format.ts mends one outside them to the nearest inside.
 */
export const parseAsCamera = createParser<Camera>({
  parse(value) {
    const c = readCamera(value);
    return c && withinLimits(c) ? c : null;
  },
  serialize: (c) => `${c.lon.toFixed(4)},${c.lat.toFixed(4)},${c.zoom.toFixed(2)}`,
  eq: (a, b) => a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom,
});

/** A positive whole number, e.g. `tour=3` (a 1-based step). */
const positiveInt = createParser<number>({
  parse: (v) => (/^[1-9]\d{0,2}$/.test(v) ? Number(v) : null),
  serialize: (n) => String(n),
});

/** A flag that is either on (`=1`) or absent. */
const flag = createParser<boolean>({
  parse: (v) => (v === '1' ? true : null),
  serialize: () => '1',
});

const slug = createParser<string>({
  parse: (v) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) ? v : null),
  serialize: (v) => v,
});

/**
 * The URL is the one source of truth for shareable state. Each parameter parses as valid or
 * missing (an invalid value reads as missing: format.ts mends it out of the link, with a notice);
 * defaults are kept out of the URL.
 */
export const urlParsers = {
  /** Zone and cluster ids are slugs here; whether the data has them is checked by mendWithData. */
  zone: slug,
  cluster: slug,
  /** The enterprise whose marker is highlighted. */
  ent: slug,
  lang: parseAsStringLiteral(LANGS).withDefault('en'),
  /** Clusters switched off in the legend. */
  hide: parseAsArrayOf(slug).withDefault([]),
  /** The side panel's tab when nothing is selected. */
  view: parseAsStringLiteral(VIEWS).withDefault('overview'),
  /** Directory filters. */
  dq: parseAsString.withDefault(''),
  dcluster: slug,
  dzone: slug,
  dorigin: parseAsString,
  at: parseAsCamera,
  /** The current view's chart, shown large. */
  chart: flag,
  /** The selected zone's reach (straight lines to the airport and the nearest stations) drawn on the map. */
  reach: flag,
  /** Presentation: the step of the tour (1-based), and a custom tour carried in the link itself. */
  tour: positiveInt,
  tourdata: parseAsString,
  /** Presentation: advance on its own and loop (only when asked). */
  kiosk: flag,
  /** Presentation: this window is the speaker view of a tour (opened from the presenting window). */
  speaker: flag,
  /** The embeddable view: map and panel without the app's chrome. */
  embed: flag,
};

export type UrlKey = keyof typeof urlParsers;

