import { useTranslation } from 'react-i18next';
import type { Localized, Source } from '../../../lib/data/schemas';
import { formatNumber } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { Disclosure } from '../../../components/disclosure';
import { LANG_TAG } from '../../../components/lang-tag';
import { LocalizedText } from '../../../components/localized-text';
import { SourceList } from '../../../components/source-list';

type SourcedArea = { km2: number; what: Localized; sourceIds: string[] };

export type OutlineInfo = {
  /** How the outline was made, in one sentence (the outline feature's `summary`). */
  summary?: Localized;
  /** In full: in both languages for an outline, English only for a zone's location method. */
  method: Localized | string;
  uncertaintyKm: number;
  sourceIds: string[];
  confidence?: 'sourced' | 'estimate';
  /** Area of the outline (with any zones cut out of it) and the sourced area it is checked against. */
  areaKm2?: number;
  sourcedArea?: SourcedArea;
};

type Props = { outline: OutlineInfo; sources: Source[]; lang: Lang };

const km2 = (x: number, lang: Lang) => formatNumber(x >= 100 ? Math.round(x) : Math.round(x * 10) / 10, lang);

/** The honest caption of a zone's outline: approximate, how it was made, both areas, its sources, and (on request) the full method. */
export function ZoneOutlineNote({ outline, sources, lang }: Props) {
  const { t } = useTranslation();
  const { summary, method, areaKm2, sourcedArea } = outline;
  const sourceIds = [...outline.sourceIds, ...(sourcedArea?.sourceIds ?? [])];
  return (
    <div className="zones-outline" role="note">
      <p className="zones-outline__text">
        <span aria-hidden="true" className="zones-outline__icon">
          ◌
        </span>
        {t('zones.outline.indicative', { km: formatNumber(outline.uncertaintyKm, lang) })}
        {outline.confidence && `${lang === 'zh' ? '' : ' '}${t(`zones.outline.${outline.confidence}`)}`}
      </p>
      {summary && <LocalizedText text={summary} lang={lang} className="zones-outline__summary" />}
      {areaKm2 !== undefined && sourcedArea && (
        <p className="zones-outline__areas" data-testid="outline-areas">
          {t('zones.outline.areas', { outline: km2(areaKm2, lang), sourced: km2(sourcedArea.km2, lang), what: sourcedArea.what[lang] })}
        </p>
      )}
      <SourceList sourceIds={sourceIds} sources={sources} lang={lang} label={t('zones.outline.sources')} />
      <Disclosure label={t('zones.outline.method')}>
        {typeof method === 'string' ? (
          // A zone's location method is written in English in the dataset.
          <p className="zones-outline__method" lang={LANG_TAG.en}>
            {method}
          </p>
        ) : (
          <LocalizedText text={method} lang={lang} className="zones-outline__method" />
        )}
      </Disclosure>
    </div>
  );
}
