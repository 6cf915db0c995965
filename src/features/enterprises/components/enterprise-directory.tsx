import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, ClusterId, Enterprise, ZoneSummary, ZoneId } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import {
  EMPTY_FILTERS,
  enterpriseHaystack,
  filterEnterprises,
  hasActiveFilters,
  originOptions,
  type EnterpriseFilters,
} from '../utils/filter-enterprises';
import { LangRuns } from '../../../components/lang-runs';
import '../enterprise-directory.css';

type Props = {
  enterprises: Enterprise[];
  zones: ZoneSummary[];
  clusters: Cluster[];
  lang: Lang;
  filters: EnterpriseFilters;
  onFiltersChange: (next: EnterpriseFilters) => void;
  onChooseEnterprise: (id: string) => void;
  /** Cluster colours for a swatch per row (optional). */
  colors?: Record<ClusterId, string>;
};

/** Every enterprise, searchable by name, alias or pinyin and filterable by cluster, zone and origin. */
export function EnterpriseDirectory({ enterprises, zones, clusters, lang, filters, onFiltersChange, onChooseEnterprise, colors }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const haystacks = useMemo(() => new Map(enterprises.map((e) => [e, enterpriseHaystack(e)])), [enterprises]);
  const shown = useMemo(
    () => filterEnterprises(enterprises, filters, lang, (e) => haystacks.get(e) ?? enterpriseHaystack(e)),
    [enterprises, filters, lang, haystacks],
  );
  const clusterName = (id: ClusterId) =>
    t(`cluster.${id}`, { defaultValue: clusters.find((c) => c.id === id)?.name[lang] ?? id });
  const zoneName = (id: ZoneId) => zones.find((z) => z.id === id)?.name[lang] ?? id;

  return (
    <section className="enterprise-directory" aria-labelledby={titleId}>
      <h2 id={titleId} className="enterprise-directory__title">{t('overview.directory.title')}</h2>
      <DirectoryFilters {...{ enterprises, zones, clusters, lang, filters, onFiltersChange }} />
      <div className="enterprise-directory__summary">
        <p className="enterprise-directory__count" role="status">
          {t('overview.directory.count', { shown: shown.length, count: enterprises.length })}
        </p>
        {hasActiveFilters(filters) && shown.length > 0 && (
          <button type="button" className="enterprise-directory__clear" onClick={() => onFiltersChange(EMPTY_FILTERS)}>
            {t('overview.directory.clear')}
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <div className="enterprise-directory__empty">
          <p>
            {filters.q.trim()
              ? t('overview.directory.emptyQuery', { q: filters.q.trim() })
              : t('overview.directory.emptyFilters')}
          </p>
          <button type="button" onClick={() => onFiltersChange(EMPTY_FILTERS)}>{t('overview.directory.clear')}</button>
        </div>
      ) : (
        <ul className="enterprise-directory__list">
          {shown.map((e) => (
            <li key={e.id}>
              <button type="button" className="enterprise-directory__row" data-enterprise={e.id} onClick={() => onChooseEnterprise(e.id)}>
                <span className="enterprise-directory__name">
                  <LangRuns text={e.name[lang]} base={lang === 'en' ? 'en' : 'zh-CN'} />
                  {lang === 'zh' && e.nameRomanised && <span className="enterprise-directory__romanised">{t('enterprises.list.romanised')}</span>}
                </span>
                <span className="enterprise-directory__other" lang={lang === 'en' ? 'zh-CN' : 'en'}>
                  <LangRuns text={e.name[lang === 'en' ? 'zh' : 'en']} base={lang === 'en' ? 'zh-CN' : 'en'} />
                  {lang === 'en' && e.nameRomanised && <span className="enterprise-directory__romanised" lang="en"> {t('enterprises.list.romanised')}</span>}
                </span>
                <span className="enterprise-directory__meta">
                  {colors && <span className="enterprise-directory__swatch" style={{ background: colors[e.clusterId] }} aria-hidden="true" />}
                  {[clusterName(e.clusterId), zoneName(e.zoneId), e.origin?.[lang]].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type FilterProps = Pick<Props, 'enterprises' | 'zones' | 'clusters' | 'lang' | 'filters' | 'onFiltersChange'>;

/** The text field and the three selects of the directory; "All" is the empty value. */
function DirectoryFilters({ enterprises, zones, clusters, lang, filters, onFiltersChange }: FilterProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<EnterpriseFilters>) => onFiltersChange({ ...filters, ...patch });
  const choose = (key: 'cluster' | 'zone' | 'origin', raw: string) => {
    if (key === 'cluster') set({ cluster: clusters.find((c) => c.id === raw)?.id ?? null });
    else if (key === 'zone') set({ zone: zones.find((z) => z.id === raw)?.id ?? null });
    else set({ origin: raw === '' ? null : raw });
  };
  const selects = [
    { key: 'cluster', value: filters.cluster, options: clusters.map((c) => ({ value: c.id, label: t(`cluster.${c.id}`, { defaultValue: c.name[lang] }) })) },
    { key: 'zone', value: filters.zone, options: zones.map((z) => ({ value: z.id, label: z.name[lang] })) },
    { key: 'origin', value: filters.origin, options: originOptions(enterprises, lang) },
  ] as const;

  return (
    <div className="enterprise-directory__filters" role="search">
      <div className="enterprise-directory__field enterprise-directory__field--text">
        <label htmlFor={`${id}-q`}>{t('overview.directory.search')}</label>
        <input id={`${id}-q`} type="search" value={filters.q} placeholder={t('overview.directory.searchHint')} onChange={(e) => set({ q: e.target.value })} />
      </div>
      {selects.map(({ key, value, options }) => (
        <div key={key} className="enterprise-directory__field">
          <label htmlFor={`${id}-${key}`}>{t(`overview.directory.${key}`)}</label>
          <select id={`${id}-${key}`} value={value ?? ''} onChange={(e) => choose(key, e.target.value)}>
            <option value="">{t('overview.directory.all')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
