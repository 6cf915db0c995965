/**
 * What the map shows of the data, in the current language: each zone's label and the line beneath it,
 * the description a pointer or the keyboard brings up, the keyboard's order, and the companies with a
 * site of their own. Pure functions of the data and the link's state (the words come in as functions),
 * so a unit test reaches every rule; `useMapViewModel` memoizes them for the page.
 */
import type { ClusterId, Enterprise, ZoneSummary, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { tuckedZoneIds, type ZoneLabels } from './zone-features';

export type ZoneDescription = { title: string; subtitle: string; detail: string };

/** The words the map's view-model writes, in the current language (i18next's `t` in the app, plain functions in tests). */
export type MapWords = {
  /** "3 anchor companies": the line beneath a zone's name. */
  companies: (count: number) => string;
  /** The same count in a zone's description. */
  companiesDetail: (count: number) => string;
  /** "+2 more zones inside": a parent's line while the zones inside it wait for a closer view. */
  moreInside: (count: number) => string;
  /** A zone's clusters, from their names joined in the language's way. */
  clusters: (names: string, count: number) => string;
  clusterName: (id: ClusterId) => string;
  /** The sentence the keyboard's focus on a zone reads out. */
  focusedZone: (name: string, clusters: string, companies: string) => string;
  /** A company's own marker, for screen readers. */
  siteLabel: (name: string) => string;
};

export type MapViewInput = {
  zones: readonly ZoneSummary[];
  enterprises: readonly Enterprise[];
  /** Whether a zone is drawn with an outline (a point-only zone inside another waits for a closer view). */
  outlined: (id: ZoneId) => boolean;
  /** The clusters switched off in the legend, and the zones they hide. */
  hiddenClusters: readonly ClusterId[];
  hiddenZones: readonly ZoneId[];
  selectedZoneId: ZoneId | null;
  chosenEnterpriseId: string | null;
  lang: Lang;
  /** Whether the enterprises file loaded: without it the map claims no count of companies. */
  enterprisesKnown: boolean;
  words: MapWords;
};

/** Companies without a sourced site of their own, per zone, as the map counts them (hidden clusters left out). */
export function unsitedByZone(enterprises: readonly Enterprise[], hiddenClusters: readonly ClusterId[]): Map<ZoneId, Enterprise[]> {
  const byZone = new Map<ZoneId, Enterprise[]>();
  for (const e of enterprises) {
    if (e.site || hiddenClusters.includes(e.clusterId)) continue;
    const list = byZone.get(e.zoneId);
    if (list) list.push(e);
    else byZone.set(e.zoneId, [e]);
  }
  return byZone;
}

/**
 * Each zone's label: its short name, and beneath it the chosen company or the count of companies; in
 * the overview a parent's line also counts the zones inside it whose labels wait for a closer view.
 */
export function zoneLabels(input: MapViewInput, unsited = unsitedByZone(input.enterprises, input.hiddenClusters)): ZoneLabels {
  const { zones, lang, words, selectedZoneId } = input;
  const tucked = tuckedZoneIds([...zones], input.outlined, selectedZoneId);
  const hidden = new Set(input.hiddenZones);
  // One pass over the zones: how many tucked, shown zones each parent holds.
  const insideCount = new Map<ZoneId, number>();
  for (const z of zones) if (z.parentZoneId && tucked.has(z.id) && !hidden.has(z.id)) insideCount.set(z.parentZoneId, (insideCount.get(z.parentZoneId) ?? 0) + 1);
  const out: ZoneLabels = {};
  for (const z of zones) {
    const here = unsited.get(z.id) ?? [];
    const chosen = here.find((e) => e.id === input.chosenEnterpriseId);
    const detail = chosen ? chosen.name[lang] : here.length && input.enterprisesKnown ? words.companies(here.length) : '';
    const inside = insideCount.get(z.id) ?? 0;
    const more = inside ? words.moreInside(inside) : '';
    out[z.id] = { label: z.shortName[lang], detail, tucked: tucked.has(z.id), overviewDetail: [detail, more].filter(Boolean).join('\n'), selected: z.id === selectedZoneId };
  }
  return out;
}

/** What a pointer's card and the keyboard's focus say of a zone. */
export function describeZone(input: MapViewInput, zoneId: ZoneId, zone: ZoneSummary | undefined, unsited: Map<ZoneId, Enterprise[]>): ZoneDescription {
  const { words, lang } = input;
  const names = (zone?.clusterIds ?? []).map((c) => words.clusterName(c)).join(lang === 'zh' ? '、' : ', ');
  const clusters = words.clusters(names, zone?.clusterIds.length ?? 0);
  const title = zone?.name[lang] ?? zoneId;
  if (!input.enterprisesKnown) return { title, subtitle: clusters, detail: `${title}. ${clusters}` };
  const count = unsited.get(zoneId)?.length ?? 0;
  const companies = words.companiesDetail(count);
  return { title, subtitle: count ? `${clusters} · ${companies}` : clusters, detail: words.focusedZone(title, clusters, companies) };
}

/** The order the arrow keys walk the zones in: west to east, the hidden ones left out. */
export function keyboardOrder(zones: readonly ZoneSummary[], hiddenZones: readonly ZoneId[]): ZoneId[] {
  const hidden = new Set(hiddenZones);
  return zones
    .filter((z) => !hidden.has(z.id))
    .sort((a, b) => a.location.lon - b.location.lon)
    .map((z) => z.id);
}

export type SitedEnterprise = { id: string; lon: number; lat: number; name: string; label: string };

/** The companies with a sourced site of their own: a marker each (hidden clusters left out). */
export function sitedEnterprises(enterprises: readonly Enterprise[], hiddenClusters: readonly ClusterId[], lang: Lang, words: Pick<MapWords, 'siteLabel'>): SitedEnterprise[] {
  return enterprises.flatMap((e) =>
    e.site && !hiddenClusters.includes(e.clusterId) ? [{ id: e.id, lon: e.site.lon, lat: e.site.lat, name: e.name[lang], label: words.siteLabel(e.name[lang]) }] : [],
  );
}
