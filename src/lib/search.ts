/**
 * Search over zones, clusters and enterprises by their English and Chinese names and their aliases
 * (which hold the pinyin, e.g. "huayuankou", "da gu shan"; for clusters also the legend's short names,
 * "Petrochemicals" / "石化", and the name printed in document 002).
 *
 * Matching is on normalized keys: lower case, accents removed (Lüshun = Lushun), and everything that is
 * not a letter or a digit dropped, so "hua yuan kou", "Hua-yuan-kou" and "huayuankou" are one key.
 * Ranking: exact matches first (zones and clusters before enterprises); then every other zone and
 * cluster match, before enterprises that merely contain the words (prefix, then substring). So
 * "automotive" lists the automotive cluster before "SG Automotive", and "ruanjian" the software
 * cluster (prefix) and the High-tech Zone ("Dalian ruanjian yuan", substring) before any company.
 *
 * Speed: every key is normalized once, in `buildSearchIndex`. Zones and clusters are few and are
 * scanned in full. Enterprises (possibly tens of thousands) are found in two steps that both stop as
 * soon as there are enough results: a binary search in their sorted keys gives the exact and prefix
 * matches, and only if those are too few is one long haystack of all their keys scanned with
 * `indexOf` for substring matches.
 */
import type { Cluster, ClusterId, Dataset, Enterprise, Localized, Zone, ZoneId } from './data/schemas';
import type { Lang } from './i18n-types';

export type MatchTier = 'exact' | 'prefix' | 'substring';

interface ResultBase {
  name: Localized;
  tier: MatchTier;
  /** The name or alias that matched, as written in the dataset. */
  matched: string;
}

export type SearchResult =
  | (ResultBase & { kind: 'zone'; id: ZoneId })
  | (ResultBase & { kind: 'cluster'; id: ClusterId })
  | (ResultBase & { kind: 'enterprise'; id: string; zoneId: ZoneId; clusterId: ClusterId });

export type SearchKind = SearchResult['kind'];

type Target =
  | { kind: 'zone'; id: ZoneId; name: Localized }
  | { kind: 'cluster'; id: ClusterId; name: Localized }
  | { kind: 'enterprise'; id: string; name: Localized; zoneId: ZoneId; clusterId: ClusterId };

interface Entry {
  target: Target;
  /** Normalized keys and the texts they come from, index for index. */
  keys: string[];
  texts: string[];
}

export interface SearchIndex {
  /** Zones and clusters: few, scanned in full. */
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
const TIER_RANK: Record<MatchTier, number> = { exact: 0, prefix: 1, substring: 2 };
const KIND_RANK: Record<SearchKind, number> = { zone: 0, cluster: 1, enterprise: 2 };
/** The group a hit is ranked in: 0 exact, 1 a zone or cluster that is not exact, 2/3 enterprise prefix/substring. */
const group = (h: { tier: MatchTier; entry: { target: { kind: SearchKind } } }): number =>
  h.tier === 'exact' ? 0 : h.entry.target.kind !== 'enterprise' ? 1 : TIER_RANK[h.tier] + 1;
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

function entryOf(target: Target, texts: readonly string[]): Entry {
  const keys: string[] = [];
  const kept: string[] = [];
  for (const text of texts) {
    const key = normalizeSearchText(text);
    if (!key || keys.includes(key)) continue;
    keys.push(key);
    kept.push(text);
  }
  return { target, keys, texts: kept };
}

const zoneEntry = (z: Zone) => entryOf({ kind: 'zone', id: z.id, name: z.name }, [z.name.en, z.name.zh, ...z.aliases]);
const clusterEntry = (c: Cluster) =>
  entryOf({ kind: 'cluster', id: c.id, name: c.name }, [c.name.en, c.name.zh, c.sourceName, ...(c.aliases ?? [])]);
const enterpriseEntry = (e: Enterprise) =>
  entryOf(
    { kind: 'enterprise', id: e.id, name: e.name, zoneId: e.zoneId, clusterId: e.clusterId },
    [e.name.en, e.name.zh, ...e.aliases],
  );

/** Normalizes every name and alias once; the index is then reused for every keystroke. */
export function buildSearchIndex(dataset: Pick<Dataset, 'zones' | 'clusters' | 'enterprises'>): SearchIndex {
  const places = [...dataset.zones.map(zoneEntry), ...dataset.clusters.map(clusterEntry)];
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

interface Hit {
  entry: Entry;
  tier: MatchTier;
  k: number;
}

/** The best match of a query among the keys of one entry, or null. */
function bestMatch(entry: Entry, q: string): Hit | null {
  let best: Hit | null = null;
  entry.keys.forEach((key, k) => {
    const at = key.indexOf(q);
    if (at < 0) return;
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

function toResult({ entry, tier, k }: Hit): SearchResult {
  return { ...entry.target, tier, matched: entry.texts[k] ?? entry.target.name.en };
}

/** Zones, clusters and enterprises matching `query`, best first, at most `limit`. */
export function search(index: SearchIndex, query: string, lang: Lang, limit = DEFAULT_LIMIT): SearchResult[] {
  const q = normalizeSearchText(query);
  if (!q) return [];
  const hits = index.places.map((p) => bestMatch(p, q)).filter((h): h is Hit => h !== null);
  hits.push(...enterpriseHits(index, q, limit));
  const collator = COLLATORS[lang];
  hits.sort(
    (a, b) =>
      group(a) - group(b) ||
      TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
      KIND_RANK[a.entry.target.kind] - KIND_RANK[b.entry.target.kind] ||
      collator.compare(a.entry.target.name[lang], b.entry.target.name[lang]),
  );
  return hits.slice(0, limit).map(toResult);
}
