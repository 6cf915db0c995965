import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise, Source, ZoneSummary } from '../../../lib/data/schemas';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG, otherLang } from '../../../components/lang-tag';
import { LangRuns } from '../../../components/lang-runs';
import { LocalizedText } from '../../../components/localized-text';
import { SourceList } from '../../../components/source-list';

type Props = { enterprise: Enterprise; zone: ZoneSummary | undefined; sources: Source[]; lang: Lang; selected: boolean; onToggle: () => void };

/** One anchor enterprise: names, role, origin, where it is (honestly), its sources and a map toggle. */
export function EnterpriseItem({ enterprise: e, zone, sources, lang, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const other = otherLang(lang);
  const zoneName = zone?.name[lang] ?? e.zoneId;
  // A Chinese name in Latin letters is the company's own romanised name: said so, never given invented characters.
  const romanised = e.nameRomanised ? (
    <span className="enterprise-list__romanised" lang={LANG_TAG[lang]}>
      {lang === 'en' ? ' ' : ''}
      {t('enterprises.list.romanised')}
    </span>
  ) : null;
  // A chosen enterprise (from the directory, search or a link) is scrolled into view in its panel.
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  return (
    <article ref={ref} className={`enterprise-list__item${selected ? ' enterprise-list__item--selected' : ''}`} data-enterprise={e.id}>
      <button type="button" className="enterprise-list__toggle" aria-pressed={selected} onClick={onToggle}>
        <span className="enterprise-list__name" lang={LANG_TAG[lang]}>
          <LangRuns text={e.name[lang]} base={LANG_TAG[lang]} />
          {lang === 'zh' && romanised}
        </span>
        <span className="enterprise-list__other-name" lang={LANG_TAG[other]}>
          <LangRuns text={e.name[other]} base={LANG_TAG[other]} />
          {other === 'zh' && romanised}
        </span>
        <span className="enterprise-list__map-hint">
          <span aria-hidden="true">{selected ? '◉ ' : '○ '}</span>
          {t('enterprises.list.showOnMap')}
        </span>
      </button>
      <dl className="enterprise-list__facts">
        <div>
          <dt>{t('enterprises.list.role')}</dt>
          <dd>
            <LocalizedText text={e.role} lang={lang} />
          </dd>
        </div>
        <div>
          <dt>{t('enterprises.list.origin')}</dt>
          <dd>
            {e.origin ? (
              <LocalizedText text={e.origin} lang={lang} />
            ) : (
              <span className="enterprise-list__missing">{t('enterprises.list.originNotPublished')}</span>
            )}
          </dd>
        </div>
      </dl>
      <p className={`enterprise-list__site${e.site ? '' : ' enterprise-list__site--unpublished'}`}>
        {t(e.site ? 'enterprises.list.siteSourced' : 'enterprises.list.siteNotPublished', { zone: zoneName })}
      </p>
      <SourceList
        sourceIds={[...e.sourceIds, ...(e.site?.sourceIds ?? [])]}
        sources={sources}
        lang={lang}
        subject={e.name[lang]}
        note={e.note && <LocalizedText text={e.note} lang={lang} />}
      />
    </article>
  );
}
