/**
 * The city overview's indicators: the figures of the China Daily article of 31 December 2012
 * (source `doc-000-hightech-2012`), chosen by their stable ids. A figure missing from the dataset is
 * simply not shown. A group also shows any *derived* figure of the same source whose id starts with
 * the group's prefix (e.g. a derived 2007 service value added), so the dataset can add one without a
 * code change; the overview itself never computes a number.
 */
import type { Figure } from '../../../lib/data/schemas';

export const CITY_SOURCE_ID = 'doc-000-hightech-2012';

export type IndicatorGroupKey = 'highTech' | 'emerging' | 'service' | 'patents' | 'reductions';

export interface IndicatorGroup {
  key: IndicatorGroupKey;
  ids: readonly string[];
  derivedPrefix?: string;
}

export const HIGH_TECH = {
  printed: 'f000-hightech-output-2012-printed',
  usd: 'f000-hightech-output-2012-usd',
  corrected: 'f000-hightech-output-2012-corrected',
} as const;

/**
 * The overview leads with the corrected high-tech output (650 billion RMB, which shows the printed
 * "650 million" beside it and the reasoning), then the dollar amount that supports it, then the
 * doubtful figure as printed.
 */
export const CITY_INDICATORS: readonly IndicatorGroup[] = [
  { key: 'highTech', ids: [HIGH_TECH.corrected, HIGH_TECH.usd, HIGH_TECH.printed] },
  { key: 'emerging', ids: ['f000-emerging-industries-output-2012'] },
  {
    key: 'service',
    ids: [
      'f000-service-value-added-2011',
      'f000-service-value-added-2012',
      'f000-service-value-added-multiple-2007',
      'f000-service-value-added-annual-increase',
    ],
    derivedPrefix: 'f000-service-value-added',
  },
  {
    key: 'patents',
    ids: [
      'f000-patent-applications-2011',
      'f000-patent-applications-multiple-2006',
      'f000-granted-patents',
      'f000-granted-patents-multiple',
    ],
    derivedPrefix: 'f000-patent',
  },
  {
    key: 'reductions',
    ids: ['f000-energy-per-gdp-reduction', 'f000-waste-water-per-gdp-reduction', 'f000-cod-per-gdp-reduction', 'f000-so2-per-gdp-reduction'],
  },
];

/**
 * The figures of a group that exist in the dataset: the listed ones in their order, with any derived
 * figure of the group's prefix, ordered by year (the listed order breaks ties).
 */
export function groupFigures(group: IndicatorGroup, figures: readonly Figure[]): Figure[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const listed = group.ids.flatMap((id) => byId.get(id) ?? []);
  const prefix = group.derivedPrefix;
  const derived = prefix
    ? figures.filter((f) => f.sourceId === CITY_SOURCE_ID && f.kind === 'derived' && f.id.startsWith(prefix) && !group.ids.includes(f.id))
    : [];
  const all = [...listed, ...derived];
  return all.map((f, i) => ({ f, i })).sort((a, b) => a.f.year - b.f.year || a.i - b.i).map(({ f }) => f);
}
