/**
 * The link format: which parameters a link may carry, in which one order, and how a link of an
 * earlier version or a damaged link is mended. Pure functions, so every case is unit-tested.
 *
 * Mending happens in two passes. `mendLink` needs nothing but the link: it migrates earlier
 * parameter names, drops unknown parameters and values, keeps one of duplicated parameters, cleans
 * lists, cuts overlong values. `mendWithData` then checks what only the dataset can tell: an
 * enterprise that does not exist or belongs to another zone, a cluster tab the zone does not have,
 * an origin no enterprise has. It also completes a zone's link with the zone's cluster tab, as a
 * click writes it, so one view has one link.
 */
import type { Dataset } from '../data/schemas';
import { clampCamera } from '../../config/map-extent';
import { parseAsCamera, readCamera, urlParsers, type UrlKey } from './params';
import { decodeTour } from './tour-codec';

/** The current version of the link format. Links of the current version carry no version mark. */
export const LINK_VERSION = 2;

/**
 * Earlier versions, oldest first: the parameters each renamed on the way to the next version.
 * Version 1 (until 2026-11-24) called the directory's search `q`; version 2 calls it `dq`, like the
 * directory's other filters (`dcluster`, `dzone`, `dorigin`).
 */
export const MIGRATIONS: { from: number; rename: Record<string, string> }[] = [{ from: 1, rename: { q: 'dq' } }];

/** The one order parameters are written in: what the view is, then its filters, then the camera. */
export const CANONICAL_ORDER: readonly UrlKey[] = [
  'lang',
  'zone',
  'cluster',
  'ent',
  'view',
  'dq',
  'dcluster',
  'dzone',
  'dorigin',
  'hide',
  'chart',
  'reach',
  'tour',
  'tourdata',
  'kiosk',
  'embed',
  'speaker',
  'at',
];

/** Longest value kept for a free-text parameter; longer ones are cut, with a notice. */
export const MAX_TEXT_LENGTH = 200;
/** Longest custom tour carried in a link (`tourdata`). */
export const MAX_TOURDATA_LENGTH = 7000;
/** Every link the atlas writes stays under this length (what browsers, QR codes, chat apps and most hosts carry). */
export const MAX_LINK_LENGTH = 8000;

export type LinkFix =
  | 'removed'
  | 'duplicate'
  | 'cleaned'
  | 'cut'
  | 'migrated'
  | 'replaced'
  | 'tooLong'
  | 'zoneAdded'
  | 'otherZone'
  | 'needsView'
  | 'needsTour'
  | 'needsZone'
  | 'badTour'
  | 'clamped';
/**
 * One mended part of a link. `value` is what was left out or changed (for a duplicate: the values
 * left out); `kept` what was kept or used instead (for an enterprise of another zone: its zone).
 */
export type LinkProblem = { key: string; value: string; fix: LinkFix; kept?: string };

/**
 * Parameters that mean something only beside others: without one of those they are left out, with
 * a notice (`chart=1` shows the current zone's or cluster's chart large; `kiosk=1` runs a tour).
 */
export const NEEDS: { key: UrlKey; needs: readonly UrlKey[]; fix: LinkFix }[] = [
  { key: 'chart', needs: ['zone', 'cluster', 'tour'], fix: 'needsView' },
  { key: 'kiosk', needs: ['tour'], fix: 'needsTour' },
  { key: 'reach', needs: ['zone'], fix: 'needsZone' },
];

/** List parameters: members are slugs, written once each in alphabetical order (the data checks them). */
const LISTS: Partial<Record<UrlKey, true>> = { hide: true };
const isSlug = (s: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s);
/** Free text, cut to its length; data that a cut would break (a compressed tour) is dropped instead. */
const TEXTS: Partial<Record<UrlKey, number>> = { dq: MAX_TEXT_LENGTH };
const WHOLE: Partial<Record<UrlKey, number>> = { tourdata: MAX_TOURDATA_LENGTH };

/** A value as shown in a notice: never more than 60 characters. */
export const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

const parses = (key: UrlKey, value: string) => (urlParsers[key] as { parse: (v: string) => unknown }).parse(value) !== null;

/** The search string in canonical order, known parameters only, lists in their data order. */
export function canonicalSearch(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const key of CANONICAL_ORDER) {
    const value = params.get(key);
    if (value === null) continue;
    out.set(key, LISTS[key] ? [...new Set(value.split(',').filter(isSlug))].sort().join(',') : value);
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}

/** Mends what can be mended from the link alone; the result is in canonical order. */
export function mendLink(search: string): { search: string; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const entries = [...new URLSearchParams(search)];
  const kept = new URLSearchParams();
  /** Of a parameter given more than once, the values left out (one notice line per parameter). */
  const duplicates = new Map<UrlKey, string[]>();
  for (const [rawKey, rawValue] of entries) {
    let key = rawKey;
    for (const m of MIGRATIONS) {
      const to = m.rename[key];
      if (to && !entries.some(([k]) => k === to)) {
        problems.push({ key, value: shown(rawValue), fix: 'migrated', kept: to });
        key = to;
      }
    }
    if (!(CANONICAL_ORDER as readonly string[]).includes(key)) {
      problems.push({ key, value: shown(rawValue), fix: 'removed' });
      continue;
    }
    const k = key as UrlKey;
    if (LISTS[k]) {
      // A list: every member must be a slug; repeats and repeated parameters merge into one list.
      const parts = rawValue.split(',');
      const good = parts.filter(isSlug);
      const before = kept.get(k)?.split(',') ?? [];
      const merged = [...new Set([...before, ...good])];
      if (good.length !== parts.length || kept.has(k) || new Set(good).size !== good.length) {
        if (!problems.some((p) => p.key === k && p.fix === 'cleaned')) problems.push({ key: k, value: shown(rawValue), fix: 'cleaned' });
      }
      if (merged.length) kept.set(k, merged.join(','));
      continue;
    }
    if (kept.has(k)) {
      duplicates.set(k, [...(duplicates.get(k) ?? []), rawValue]);
      continue;
    }
    let value = rawValue;
    const max = TEXTS[k];
    if (max !== undefined && value.length > max) {
      problems.push({ key: k, value: shown(value), fix: 'cut' });
      value = value.slice(0, max);
    }
    const whole = WHOLE[k];
    if (whole !== undefined && value.length > whole) {
      problems.push({ key: k, value: shown(value), fix: 'tooLong' });
      continue;
    }
    if (!parses(k, value)) {
      // A camera outside the map's limits (beyond the basemap, or closer than its detail) opens at the nearest one inside.
      const camera = k === 'at' ? readCamera(value) : null;
      if (camera) {
        const inside = parseAsCamera.serialize(clampCamera(camera));
        problems.push({ key: k, value: shown(value), fix: 'clamped', kept: inside });
        kept.set(k, inside);
        continue;
      }
      problems.push({ key: k, value: shown(value), fix: 'removed' });
      continue;
    }
    kept.set(k, value);
  }
  for (const [k, left] of duplicates)
    problems.push({ key: k, value: shown([...new Set(left)].join(', ')), fix: 'duplicate', kept: shown(kept.get(k) ?? '') });
  // A custom tour that cannot be read opens no tour (never the built-in one in its place).
  const tourdata = kept.get('tourdata');
  if (tourdata !== null && !decodeTour(tourdata).ok) {
    problems.push({ key: 'tourdata', value: shown(tourdata), fix: 'badTour' });
    for (const k of ['tourdata', 'tour', 'kiosk']) kept.delete(k);
  }
  for (const { key, needs, fix } of NEEDS) {
    if (kept.has(key) && !needs.some((n) => kept.has(n))) {
      problems.push({ key, value: kept.get(key)!, fix });
      kept.delete(key);
    }
  }
  // A list parameter repeated many times is one problem, not hundreds; so are many unknown parameters.
  const cleaned = problems.filter((p, i) => p.fix !== 'cleaned' || problems.findIndex((q) => q.key === p.key && q.fix === 'cleaned') === i);
  const unknown = cleaned.filter((p) => p.fix === 'removed' && !(CANONICAL_ORDER as readonly string[]).includes(p.key));
  if (unknown.length > 3) {
    const rest = cleaned.filter((p) => !unknown.includes(p));
    const names = unknown.map((p) => p.key);
    rest.push({ key: shown(`${names.slice(0, 3).join(', ')} … (${names.length})`), value: '…', fix: 'removed' });
    return { search: canonicalSearch(kept), problems: rest };
  }
  return { search: canonicalSearch(kept), problems: cleaned };
}

/**
 * What only the dataset can tell is wrong with a (syntactically mended) link; and a zone's link
 * without its cluster tab gets the tab a click would have written (the enterprise's cluster, else
 * the zone's first), silently: `?zone=dagushan` and a click on Dagushan give one link.
 */
export function mendWithData(search: string, data: Pick<Dataset, 'zones' | 'enterprises' | 'clusters'>): { search: string; problems: LinkProblem[] } {
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  // Ids are open (slugs in the link); the data says which exist.
  const zoneIds = new Set(data.zones.map((z) => z.id));
  const clusterIds = new Set(data.clusters.map((c) => c.id));
  for (const [key, known] of [['zone', zoneIds], ['cluster', clusterIds], ['dzone', zoneIds], ['dcluster', clusterIds]] as const) {
    const value = params.get(key);
    if (value !== null && !known.has(value)) {
      problems.push({ key, value: shown(value), fix: 'removed' });
      params.delete(key);
    }
  }
  const hide = params.get('hide');
  if (hide !== null) {
    const kept = hide.split(',').filter((c) => clusterIds.has(c));
    if (kept.length !== hide.split(',').length) problems.push({ key: 'hide', value: shown(hide), fix: 'cleaned' });
    if (kept.length) params.set('hide', kept.join(','));
    else params.delete('hide');
  }
  const zone = data.zones.find((z) => z.id === params.get('zone'));
  const cluster = params.get('cluster');
  if (zone && cluster && !zone.clusterIds.some((c) => c === cluster)) {
    const own = zone.clusterIds[0];
    // A zone in no cluster has no tab to put in its place: the cluster is dropped.
    if (own) {
      problems.push({ key: 'cluster', value: cluster, fix: 'replaced', kept: own });
      params.set('cluster', own);
    } else {
      problems.push({ key: 'cluster', value: cluster, fix: 'removed' });
      params.delete('cluster');
    }
  }
  const ent = params.get('ent');
  if (ent) {
    const e = data.enterprises.find((x) => x.id === ent);
    if (e && !params.has('zone')) {
      // An enterprise without its zone: its zone (and its cluster tab) are opened with it.
      problems.push({ key: 'ent', value: ent, fix: 'zoneAdded', kept: e.zoneId });
      params.set('zone', e.zoneId);
      params.set('cluster', e.clusterId);
    } else if (e && zone && e.zoneId !== zone.id) {
      // An enterprise of another zone: dropped, and its zone offered (the notice has a button).
      problems.push({ key: 'ent', value: ent, fix: 'otherZone', kept: e.zoneId });
      params.delete('ent');
    } else if (!e || !zone) {
      // An unknown enterprise: dropped.
      problems.push({ key: 'ent', value: ent, fix: 'removed' });
      params.delete('ent');
    }
  }
  // (Not while a tour is presented: its step sets the tab.)
  if (zone && !params.has('cluster') && !params.has('tour')) {
    const e = data.enterprises.find((x) => x.id === params.get('ent'));
    const tab = e?.clusterId ?? zone.clusterIds[0];
    if (tab) params.set('cluster', tab);
  }
  const origin = params.get('dorigin');
  if (origin !== null) {
    const origins = new Set(data.enterprises.flatMap((e) => (e.origin ? [e.origin.en, e.origin.zh] : [])));
    if (!origins.has(origin)) {
      problems.push({ key: 'dorigin', value: shown(origin), fix: 'removed' });
      params.delete('dorigin');
    }
  }
  return { search: canonicalSearch(params), problems };
}
