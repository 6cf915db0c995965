/**
 * Search over zones, clusters and enterprises by their English and Chinese names and their aliases
 * (which hold the pinyin, e.g. "huayuankou", "da gu shan"; for clusters also the legend's short names,
 * "Petrochemicals" / "石化", and the name printed in document 002); zones also by their district
 * (English, Chinese, pinyin); clusters also by everyday words for their industry ("car", "chips",
 * src/config/search-words.json); and the basemap's landmarks (the airport, the stations) by name and
 * by what they are ("airport", "station", "地铁").
 *
 * Matching is on normalized keys: lower case, accents removed (Lüshun = Lushun), and everything that is
 * not a letter or a digit dropped, so "hua yuan kou", "Hua-yuan-kou" and "huayuankou" are one key.
 * Everyday words match whole or by their beginning only (never inside another word). A query of four
 * letters or more that finds fewer results than asked for also finds names one typo away (two from
 * eight letters): a letter added, missing, changed, or two swapped ("intell", "hauyuankou").
 * Ranking: exact matches first (zones and clusters before enterprises); then every other zone and
 * cluster match, then landmarks, before enterprises that merely contain the words (prefix, then
 * substring), and last the matches with a typo. So
 * "automotive" lists the automotive cluster before "SG Automotive", and "ruanjian" the software
 * cluster (prefix) and the High-tech Zone ("Dalian ruanjian yuan", substring) before any company.
 *
 * Speed: every key is normalized once, in `buildSearchIndex`. Zones and clusters are few and are
 * scanned in full. Enterprises (possibly tens of thousands) are found in two steps that both stop as
 * soon as there are enough results: a binary search in their sorted keys gives the exact and prefix
 * matches, and only if those are too few is one long haystack of all their keys scanned with
 * `indexOf` for substring matches. The typo pass (a bounded edit distance against each key's
 * beginning, stopped as soon as it exceeds the bound) runs only when those found too few.
 */
import type { Cluster, ClusterId, Enterprise, Localized, Zone, ZoneId } from './data/schemas';
import type { Lang } from './i18n-types';
import type { Landmark, PlaceKind } from './landmarks';

export type MatchTier = 'exact' | 'prefix' | 'substring' | 'fuzzy';

/** The words of src/config/search-words.json. */
export type SearchWords = {
  clusters: Partial<Record<ClusterId, string[]>>;
  /** Pinyin of a district's Chinese name, by adcode. */
  districts: Record<string, string>;
  landmarks: Partial<Record<PlaceKind, string[]>>;
};

interface ResultBase {
  name: Localized;
  tier: MatchTier;
  /** The name or alias that matched, as written in the dataset. */
  matched: string;
}

export type SearchResult =
  | (ResultBase & { kind: 'zone'; id: ZoneId; /** Set when the zone was found by its district's name. */ district?: Localized })
  | (ResultBase & { kind: 'cluster'; id: ClusterId })
  | (ResultBase & { kind: 'landmark'; id: string; place: PlaceKind; lon: number; lat: number })
  | (ResultBase & { kind: 'enterprise'; id: string; zoneId: ZoneId; clusterId: ClusterId });

export type SearchKind = SearchResult['kind'];

type Target =
  | { kind: 'zone'; id: ZoneId; name: Localized }
  | { kind: 'cluster'; id: ClusterId; name: Localized }
  | { kind: 'landmark'; id: string; name: Localized; place: PlaceKind; lon: number; lat: number }
  | { kind: 'enterprise'; id: string; name: Localized; zoneId: ZoneId; clusterId: ClusterId };

interface Entry {
  target: Target;
  /** Normalized keys and the texts they come from, index for index. */
  keys: string[];
  texts: string[];
  /** Keys from `wordsFrom` on: everyday words, matched whole or by their beginning only. */
  wordsFrom: number;
  /** Keys from `districtFrom` up to `wordsFrom`: the zone's district. */
  districtFrom: number;
  district?: Localized;
  /** For ties: the basemap's rank of a landmark (0 for everything else). */
  rank: number;
}

export interface SearchIndex {
  /** Zones, clusters and landmarks: few, scanned in full. */
  places: Entry[];
  enterprises: Entry[];
  /** Every enterprise key, sorted, with its entry and its position in that entry. */
  sortedKeys: string[];
  sortedEntry: Int32Array;
  sortedKey: Int32Array;
  /** All enterprise keys in one string, each preceded by SEP; entryStart[i] is where entry i begins. */
  haystack: string;
  entryStart: Int32Array;
}

export const DEFAULT_LIMIT = 12;
const SEP = '\u0001';
const TIER_RANK: Record<MatchTier, number> = { exact: 0, prefix: 1, substring: 2, fuzzy: 3 };
const KIND_RANK: Record<SearchKind, number> = { zone: 0, cluster: 1, landmark: 2, enterprise: 3 };
/**
 * The group a hit is ranked in: 0 an exact zone, cluster or enterprise, 1 any other zone or cluster,
 * 2 a landmark, 3/4 enterprise prefix/substring, 5 a match with a typo.
 */
const group = (h: { tier: MatchTier; entry: { target: { kind: SearchKind } } }): number => {
  const kind = h.entry.target.kind;
  if (h.tier === 'fuzzy') return 5;
  if (kind === 'landmark') return 2;
  if (h.tier === 'exact') return 0;
  return kind === 'enterprise' ? TIER_RANK[h.tier] + 2 : 1;
};
/** Typos forgiven: none below 4 letters, one from 4, two from 8. */
const maxTypos = (q: string) => (q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0);
const COLLATORS: Record<Lang, Intl.Collator> = { en: new Intl.Collator('en'), zh: new Intl.Collator('zh-CN') };
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const NON_ALNUM_ASCII = /[^a-z0-9]+/g;

/** The key a text is matched by: lower case, no accents, letters and digits only. */
export function normalizeSearchText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(NON_ALNUM_ASCII, '');
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NON_WORD, '');
}

function entryOf(target: Target, texts: readonly string[], more: { district?: readonly string[]; words?: readonly string[]; rank?: number } = {}): Entry {
  const keys: string[] = [];
  const kept: string[] = [];
  const add = (text: string) => {
    const key = normalizeSearchText(text);
    if (!key || keys.includes(key)) return;
    keys.push(key);
    kept.push(text);
  };
  texts.forEach(add);
  const districtFrom = keys.length;
  (more.district ?? []).forEach(add);
  const wordsFrom = keys.length;
  (more.words ?? []).forEach(add);
  return { target, keys, texts: kept, wordsFrom, districtFrom, rank: more.rank ?? 0 };
}

const zoneEntry = (z: Zone, words: SearchWords | undefined) => {
  const d = z.district;
  const pinyin = d && words?.districts[d.adcode];
  // The short name is the map's label: what a reader who saw it types.
  const entry = entryOf({ kind: 'zone', id: z.id, name: z.name }, [z.name.en, z.name.zh, ...z.aliases, z.shortName.en, z.shortName.zh], {
    district: d ? [d.name.en, d.name.zh, ...(pinyin ? [pinyin] : [])] : [],
  });
  if (d) entry.district = d.name;
  return entry;
};
const clusterEntry = (c: Cluster, words: SearchWords | undefined) =>
  entryOf({ kind: 'cluster', id: c.id, name: c.name }, [c.name.en, c.name.zh, c.sourceName, ...(c.aliases ?? [])], { words: words?.clusters[c.id] ?? [] });
const landmarkEntry = (l: Landmark, words: SearchWords | undefined) =>
  entryOf({ kind: 'landmark', id: l.id, name: l.name, place: l.kind, lon: l.lon, lat: l.lat }, [l.name.en, l.name.zh], {
    words: words?.landmarks[l.kind] ?? [],
    rank: l.rank,
  });
const enterpriseEntry = (e: Enterprise): Entry =>
  entryOf(
    { kind: 'enterprise', id: e.id, name: e.name, zoneId: e.zoneId, clusterId: e.clusterId },
    [e.name.en, e.name.zh, ...e.aliases],
  );

/**
 * Normalizes every name and alias once; the index is then reused for every keystroke. `words` (the
 * table in src/config/search-words.json) and `landmarks` (the basemap's) are optional.
 */
export function buildSearchIndex(
  dataset: { zones: readonly Zone[]; clusters: readonly Cluster[]; enterprises: readonly Enterprise[] },
  extra: { words?: SearchWords; landmarks?: readonly Landmark[] } = {},
): SearchIndex {
  const { words } = extra;
  const seen = new Set<string>();
  const landmarks = (extra.landmarks ?? []).filter((l) => !seen.has(l.id) && Boolean(seen.add(l.id)));
  const places = [
    ...dataset.zones.map((z) => zoneEntry(z, words)),
    ...dataset.clusters.map((c) => clusterEntry(c, words)),
    ...landmarks.map((l) => landmarkEntry(l, words)),
  ];
  const enterprises = dataset.enterprises.map(enterpriseEntry);

  const refs: { key: string; entry: number; k: number }[] = [];
  const parts: string[] = [];
  const entryStart = new Int32Array(enterprises.length + 1);
  let offset = 0;
  enterprises.forEach((entry, i) => {
    entryStart[i] = offset;
    entry.keys.forEach((key, k) => {
      refs.push({ key, entry: i, k });
      parts.push(SEP, key);
      offset += key.length + 1;
    });
  });
  entryStart[enterprises.length] = offset;
  refs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry - b.entry));

  return {
    places,
    enterprises,
    sortedKeys: refs.map((r) => r.key),
    sortedEntry: Int32Array.from(refs, (r) => r.entry),
    sortedKey: Int32Array.from(refs, (r) => r.k),
    haystack: parts.join(''),
    entryStart,
  };
}

/** The file the data build writes the index to (public/data/search-index.json, relative to public/data). */
export const SEARCH_INDEX_FILE = 'search-index.json';

/**
 * The index as JSON (what the data build writes): the entries and the enterprise keys' sorted order.
 * The sorted keys and the haystack are derived again on load (linear, no sort, no normalizing).
 */
export type SearchIndexJson = {
  version: 1;
  places: Entry[];
  enterprises: Entry[];
  sortedEntry: number[];
  sortedKey: number[];
};

export function searchIndexToJson(index: SearchIndex): SearchIndexJson {
  return { version: 1, places: index.places, enterprises: index.enterprises, sortedEntry: Array.from(index.sortedEntry), sortedKey: Array.from(index.sortedKey) };
}

/** The index from its JSON; throws a readable error when the JSON is not an index of this version. */
export function searchIndexFromJson(json: unknown): SearchIndex {
  const j = json as Partial<SearchIndexJson> | null;
  const ok = (xs: unknown): xs is unknown[] => Array.isArray(xs);
  if (!j || j.version !== 1 || !ok(j.places) || !ok(j.enterprises) || !ok(j.sortedEntry) || !ok(j.sortedKey) || j.sortedEntry.length !== j.sortedKey.length)
    throw new Error('not a search index of version 1 (places, enterprises, sortedEntry, sortedKey)');
  const isEntry = (e: unknown): e is Entry => {
    const x = e as Entry;
    return !!x && typeof x === 'object' && !!x.target && typeof x.target.id === 'string' && ok(x.keys) && ok(x.texts) && x.keys.length === x.texts.length;
  };
  const bad = [...j.places, ...j.enterprises].findIndex((e) => !isEntry(e));
  if (bad >= 0) throw new Error(`entry ${bad} is not a search entry (target, keys, texts)`);
  const enterprises = j.enterprises;
  const entryStart = new Int32Array(enterprises.length + 1);
  const parts: string[] = [];
  let offset = 0;
  enterprises.forEach((entry, i) => {
    entryStart[i] = offset;
    for (const key of entry.keys) {
      parts.push(SEP, key);
      offset += key.length + 1;
    }
  });
  entryStart[enterprises.length] = offset;
  const sortedKeys = j.sortedEntry.map((e, i) => {
    const key = enterprises[e]?.keys[j.sortedKey![i]!];
    if (key === undefined) throw new Error(`sorted key ${i} points to no enterprise key`);
    return key;
  });
  return {
    places: j.places,
    enterprises,
    sortedKeys,
    sortedEntry: Int32Array.from(j.sortedEntry),
    sortedKey: Int32Array.from(j.sortedKey),
    haystack: parts.join(''),
    entryStart,
  };
}

interface Hit {
  entry: Entry;
  tier: MatchTier;
  k: number;
  /** Typos, for a fuzzy hit. */
  typos?: number;
}

/** The best match of a query among the keys of one entry, or null. */
function bestMatch(entry: Entry, q: string): Hit | null {
  let best: Hit | null = null;
  entry.keys.forEach((key, k) => {
    const at = key.indexOf(q);
    if (at < 0 || (at > 0 && k >= entry.wordsFrom)) return;
    const tier: MatchTier = at > 0 ? 'substring' : key.length === q.length ? 'exact' : 'prefix';
    if (!best || TIER_RANK[tier] < TIER_RANK[best.tier]) best = { entry, tier, k };
  });
  return best;
}

function lowerBound(keys: readonly string[], q: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entry index of a haystack position (the last entry that starts at or before it). */
function entryAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Up to `limit` enterprise hits, best tiers first, stopping as soon as there are enough. */
function enterpriseHits(index: SearchIndex, q: string, limit: number): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<number>();
  const { sortedKeys, sortedEntry, sortedKey } = index;
  for (let i = lowerBound(sortedKeys, q); i < sortedKeys.length && hits.length < limit; i++) {
    const key = sortedKeys[i] as string;
    if (!key.startsWith(q)) break;
    const e = sortedEntry[i] as number;
    if (seen.has(e)) continue;
    seen.add(e);
    hits.push({ entry: index.enterprises[e] as Entry, tier: key.length === q.length ? 'exact' : 'prefix', k: sortedKey[i] as number });
  }
  // Exact keys sort before the longer keys they prefix, so `hits` is already in tier order.
  const { haystack, entryStart } = index;
  let pos = haystack.indexOf(q);
  while (pos >= 0 && hits.length < limit) {
    const e = entryAt(entryStart, pos);
    if (!seen.has(e)) {
      seen.add(e);
      const entry = index.enterprises[e] as Entry;
      const hit = bestMatch(entry, q);
      if (hit) hits.push(hit);
    }
    pos = haystack.indexOf(q, entryStart[e + 1] as number);
  }
  return hits;
}

/** One column of the edit-distance table: `q` against a key's beginning one letter longer (OSA: swaps count once). */
function nextColumn(q: string, prev2: Int32Array | null, prev: Int32Array, key: string, j: number): Int32Array {
  const n = q.length;
  const cur = new Int32Array(n + 1);
  cur[0] = j;
  const c = key.charCodeAt(j - 1);
  const before = j > 1 ? key.charCodeAt(j - 2) : -1;
  for (let i = 1; i <= n; i++) {
    const qi = q.charCodeAt(i - 1);
    let d = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (qi === c ? 0 : 1));
    if (prev2 && i > 1 && qi === before && q.charCodeAt(i - 2) === c) d = Math.min(d, prev2[i - 2]! + 1);
    cur[i] = d;
  }
  return cur;
}

const minOf = (col: Int32Array) => col.reduce((m, x) => (x < m ? x : m), Number.MAX_SAFE_INTEGER);
const firstColumn = (n: number) => Int32Array.from({ length: n + 1 }, (_, i) => i);

/**
 * The fewest edits (a letter added, missing or changed, or two neighbours swapped) that turn `q`
 * into a beginning of `key`, if at most `max`; otherwise a number above `max`. Stops as soon as no
 * longer beginning can come within `max`.
 */
export function prefixEditDistance(q: string, key: string, max: number): number {
  let prev2: Int32Array | null = null;
  let prev: Int32Array = firstColumn(q.length);
  let best = prev[q.length]!;
  let lowBefore = 0;
  for (let j = 1; j <= key.length; j++) {
    const cur = nextColumn(q, prev2, prev, key, j);
    best = Math.min(best, cur[q.length]!);
    const low = minOf(cur);
    // A column's minimum is at least min(the last one's, the one before's + 1): past both, none comes back.
    if (low > max && lowBefore >= max) break;
    lowBefore = low;
    prev2 = prev;
    prev = cur;
  }
  return best;
}

/** Zones, clusters and landmarks with a key within `max` typos of the query's beginning (few: all scanned). */
function fuzzyPlaces(entries: readonly Entry[], q: string, max: number, found: Set<Entry>): Hit[] {
  const hits: Hit[] = [];
  for (const entry of entries) {
    if (found.has(entry)) continue;
    let best = max + 1;
    let bestK = -1;
    entry.keys.forEach((key, k) => {
      if (!ASCII.test(key)) return;
      const d = prefixEditDistance(q, key, max);
      if (d < best) {
        best = d;
        bestK = k;
      }
    });
    if (bestK >= 0) hits.push({ entry, tier: 'fuzzy', k: bestK, typos: best });
  }
  return hits;
}

/**
 * Enterprises with a key within `max` typos of the query's beginning. The sorted keys are walked as
 * a trie: keys sharing a beginning share its columns of the table, a beginning already too far
 * skips every key that starts with it, and one close enough takes every key that starts with it.
 */
function fuzzyEnterprises(index: SearchIndex, q: string, max: number, found: Set<Entry>, limit: number): Hit[] {
  const { sortedKeys, sortedEntry, sortedKey, enterprises } = index;
  const hits: Hit[] = [];
  const taken = new Set<number>();
  const n = q.length;
  const cols: Int32Array[] = [firstColumn(n)];
  const lows: number[] = [0];
  let prevKey = '';
  let i = 0;
  const take = (from: number, to: number, typos: number) => {
    for (let x = from; x < to && hits.length < limit; x++) {
      const e = sortedEntry[x]!;
      const entry = enterprises[e]!;
      if (taken.has(e) || found.has(entry)) continue;
      taken.add(e);
      hits.push({ entry, tier: 'fuzzy', k: sortedKey[x]!, typos });
    }
  };
  /** The first key at or after `from` that does not start with `prefix`. */
  const pastPrefix = (prefix: string, from: number) => {
    let lo = from;
    let hi = sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sortedKeys[mid]!.startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  while (i < sortedKeys.length && hits.length < limit) {
    const key = sortedKeys[i]!;
    // Keys sort by code unit: from the first that starts past ASCII on, none is Latin (typos are Latin only).
    if (key.charCodeAt(0) > 0x7e) break;
    if (!ASCII.test(key)) {
      i++;
      continue;
    }
    let common = 0;
    const most = Math.min(prevKey.length, key.length, cols.length - 1);
    while (common < most && prevKey.charCodeAt(common) === key.charCodeAt(common)) common++;
    cols.length = common + 1;
    lows.length = common + 1;
    prevKey = key;
    let next = i + 1;
    for (let j = common + 1; j <= key.length; j++) {
      const col = nextColumn(q, j > 1 ? cols[j - 2]! : null, cols[j - 1]!, key, j);
      cols.push(col);
      lows.push(minOf(col));
      if (col[n]! <= max) {
        // Every key that starts with this beginning is within reach.
        next = pastPrefix(key.slice(0, j), i);
        take(i, next, col[n]!);
        break;
      }
      if (lows[j]! > max && lows[j - 1]! >= max) {
        next = pastPrefix(key.slice(0, j), i);
        break;
      }
    }
    i = Math.max(next, i + 1);
  }
  return hits;
}

function toResult({ entry, tier, k }: Hit): SearchResult {
  const result = { ...entry.target, tier, matched: entry.texts[k] ?? entry.target.name.en } as SearchResult;
  if (result.kind === 'zone' && entry.district && k >= entry.districtFrom && k < entry.wordsFrom) result.district = entry.district;
  return result;
}

/** Zones, clusters and enterprises matching `query`, best first, at most `limit`. */
export function search(index: SearchIndex, query: string, lang: Lang, limit = DEFAULT_LIMIT): SearchResult[] {
  const q = normalizeSearchText(query);
  if (!q) return [];
  const hits = index.places.map((p) => bestMatch(p, q)).filter((h): h is Hit => h !== null);
  hits.push(...enterpriseHits(index, q, limit));
  const typos = maxTypos(q);
  if (hits.length < limit && typos > 0 && ASCII.test(q)) {
    const found = new Set(hits.map((h) => h.entry));
    const places = fuzzyPlaces(index.places, q, typos, found);
    hits.push(...places, ...fuzzyEnterprises(index, q, typos, found, Math.max(0, limit - hits.length - places.length)));
  }
  const collator = COLLATORS[lang];
  hits.sort(
    (a, b) =>
      group(a) - group(b) ||
      TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
      (a.typos ?? 0) - (b.typos ?? 0) ||
      KIND_RANK[a.entry.target.kind] - KIND_RANK[b.entry.target.kind] ||
      a.entry.rank - b.entry.rank ||
      collator.compare(a.entry.target.name[lang], b.entry.target.name[lang]),
  );
  return hits.slice(0, limit).map(toResult);
}
