import type { TFunction } from 'i18next';
import { FIGURE_KINDS, FIGURE_SCOPES } from '../../../lib/data/schemas';
import { CSV_COLUMNS, type CsvLabels } from './figure-rows';

const UNITS = ['CNY-billion', 'CNY-million', 'USD-billion', 'USD-million', 'count', 'percent', 'ratio', 'km2', 'Mt', 'units'] as const;
const QUALIFIERS = ['exact', 'more-than', 'about', 'at-least', 'less-than'] as const;

const table = <K extends string>(keys: readonly K[], word: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;

/** The CSV's words in the current language: the share feature's column names, the shared kind and scope words. */
export function csvLabels(t: TFunction): CsvLabels {
  return {
    columns: table(CSV_COLUMNS, (c) => t(`share.csv.columns.${c}`)),
    kind: table(FIGURE_KINDS, (k) => t(`figure.kind.${k}`)),
    scope: table(FIGURE_SCOPES, (s) => t(`figure.scope.${s}`)),
    unit: table(UNITS, (u) => t(`share.csv.unit.${u}`)),
    qualifier: table(QUALIFIERS, (q) => t(`share.csv.qualifier.${q}`)),
    noLink: t('figure.noLink'),
    undated: t('figure.undated'),
    quoteVia: t('share.csv.quoteVia'),
    doubtful: t('share.csv.doubtful'),
    listSeparator: t('share.csv.listSeparator'),
  };
}
