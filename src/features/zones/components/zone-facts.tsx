import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized, Source, Zone } from '../../../lib/data/schemas';
import { formatSourceDate } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { LANG_TAG, textLangTag } from '../../../components/lang-tag';
import { LocalizedText } from '../../../components/localized-text';
import { SourceList } from '../../../components/source-list';

type Props = { zone: Zone; sources: Source[]; lang: Lang };
type Fact = { value: ReactNode; note?: Localized; sourceIds: string[] } | null;

const DATE = /^\d{4}(-\d{2}){0,2}$/;

/** District and date established of a zone, with its note and sources, or "not published" (its areas are in ZoneAreas). */
export function ZoneFacts({ zone, sources, lang }: Props) {
  const { t } = useTranslation();
  const { established: est } = zone;
  const rows: [label: string, fact: Fact][] = [
    [
      t('zones.panel.established'),
      est && {
        ...est,
        value: DATE.test(est.value) ? formatSourceDate(est.value, lang) : <span lang={textLangTag(est.value)}>{est.value}</span>,
      },
    ],
  ];
  return (
    <dl className="zones-facts">
      <div className="zones-facts__row">
        <dt>{t('zones.panel.district')}</dt>
        <dd lang={LANG_TAG[lang]}>{zone.district.name[lang]}</dd>
      </div>
      {rows.map(([label, fact]) => (
        <div key={label} className="zones-facts__row">
          <dt>{label}</dt>
          <dd>
            {fact ? (
              <>
                <span className="zones-facts__value">{fact.value}</span>
                <SourceList
                  sourceIds={fact.sourceIds}
                  sources={sources}
                  lang={lang}
                  subject={label}
                  note={fact.note && <LocalizedText text={fact.note} lang={lang} />}
                />
              </>
            ) : (
              <span className="zones-facts__missing">{t('zones.panel.notPublished')}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
