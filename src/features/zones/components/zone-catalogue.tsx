import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source, Zone } from '../../../lib/data/schemas';
import { formatNumber, formatSourceDate } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG } from '../../../components/lang-tag';
import { SourceList } from '../../../components/source-list';

type Props = { zone: Zone; sources: Source[]; lang: Lang };

/**
 * The zone's record in China's 2018 development-zone catalogue, with its source: code, level, type,
 * approval date, approved area and leading industries (the catalogue's words; in English with our
 * rendering beside them). A zone that is not in the catalogue says so.
 */
export function ZoneCatalogue({ zone, sources, lang }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const record = zone.catalogue;
  if (!record)
    return (
      <p className="zones-catalogue zones-catalogue--none" data-testid="zone-catalogue">
        {t('zones.catalogue.notListed')}
      </p>
    );
  const zh = lang === 'zh';
  const rows: [key: string, label: string, value: React.ReactNode][] = [
    ['code', t('zones.catalogue.code'), <>{record.code}</>],
    ['level', t('zones.catalogue.level'), t(`zones.catalogue.levels.${record.level}`)],
    ['type', t('zones.catalogue.type'), zh ? <span lang={LANG_TAG.zh}>{record.type.zh}</span> : <Term zh={record.type.zh} en={record.type.en} />],
    [
      'approved',
      t('zones.catalogue.approved'),
      <>
        {formatSourceDate(record.approved, lang)}
        {record.approvedRaw.includes('/') && <span className="zones-catalogue__raw"> ({record.approvedRaw})</span>}
      </>,
    ],
    [
      'area',
      t('zones.catalogue.area'),
      t('zones.catalogue.areaValue', { ha: formatNumber(record.approvedAreaHa, lang), km2: formatNumber(Math.round(record.approvedAreaHa) / 100, lang) }),
    ],
    [
      'industries',
      t('zones.catalogue.industries'),
      <ul className="zones-catalogue__industries">
        {record.industries.map((i) => (
          <li key={i.zh}>{zh || !i.en ? <span lang={LANG_TAG.zh}>{i.zh}</span> : <Term zh={i.zh} en={i.en} />}</li>
        ))}
      </ul>,
    ],
  ];
  return (
    <section className="zones-catalogue" aria-labelledby={titleId} data-testid="zone-catalogue">
      <h3 id={titleId} className="zones-section-title">
        {t('zones.catalogue.title')}
      </h3>
      <dl className="zones-facts">
        {rows.map(([key, label, value]) => (
          <div key={key} className="zones-facts__row" data-testid={`catalogue-${key}`}>
            <dt>{label}</dt>
            <dd>
              <span className="zones-facts__value">{value}</span>
            </dd>
          </div>
        ))}
      </dl>
      {record.flaws.map((f) => (
        <p key={f.column} className="zones-catalogue__flaw" lang={LANG_TAG[lang]}>
          {f[lang]}
        </p>
      ))}
      <SourceList
        sourceIds={record.sourceIds}
        sources={sources}
        lang={lang}
        label={t('zones.catalogue.source')}
        note={<p lang={LANG_TAG[lang]}>{t('zones.catalogue.note')}</p>}
      />
    </section>
  );
}

/** A catalogue term as printed, with our English rendering, marked as ours. */
function Term({ zh, en }: { zh: string; en: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span lang={LANG_TAG.zh}>{zh}</span> <span lang={LANG_TAG.en}>{en}</span>
      <span className="visually-hidden"> ({t('zones.catalogue.ourRendering')})</span>
    </>
  );
}
