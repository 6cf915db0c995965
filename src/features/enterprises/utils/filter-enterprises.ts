/** The enterprise directory's filtering, kept pure: text, cluster, zone and origin. */
import type { ClusterId, Enterprise, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { normalizeSearchText } from '../../../lib/search';

export interface EnterpriseFilters {
  q: string;
  cluster: ClusterId | null;
  zone: ZoneId | null;
  /** The English name of the origin (e.g. "United States"), the stable key of an origin. */
  origin: string | null;
}

export const EMPTY_FILTERS: EnterpriseFilters = { q: '', cluster: null, zone: null, origin: null };

export function hasActiveFilters(f: EnterpriseFilters): boolean {
  return f.q.trim() !== '' || f.cluster !== null || f.zone !== null || f.origin !== null;
}

/** The normalized text of everything an enterprise can be found by: both names and all aliases (with pinyin). */
export function enterpriseHaystack(e: Enterprise): string {
  return [e.name.en, e.name.zh, ...e.aliases].map(normalizeSearchText).join('\u0001');
}

/** The enterprises that pass every filter, sorted by name in the given language. */
export function filterEnterprises(
  enterprises: readonly Enterprise[],
  filters: EnterpriseFilters,
  lang: Lang,
  haystackOf: (e: Enterprise) => string = enterpriseHaystack,
): Enterprise[] {
  const q = normalizeSearchText(filters.q);
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  return enterprises
    .filter(
      (e) =>
        (filters.cluster === null || e.clusterId === filters.cluster) &&
        (filters.zone === null || e.zoneId === filters.zone) &&
        (filters.origin === null || e.origin?.en === filters.origin) &&
        (q === '' || haystackOf(e).includes(q)),
    )
    .sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
}

export interface OriginOption {
  value: string;
  label: string;
}

/** The distinct origins among the enterprises, keyed by their English name, labelled and sorted in `lang`. */
export function originOptions(enterprises: readonly Enterprise[], lang: Lang): OriginOption[] {
  const byKey = new Map<string, string>();
  for (const e of enterprises) if (e.origin) byKey.set(e.origin.en, e.origin[lang]);
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  return [...byKey].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
}
