import { useTranslation } from 'react-i18next';
import type { Localized, Source } from '../../../lib/data/schemas';
import { formatNumber } from '../../../lib/format';
import type { Lang } from '../../../lib/i18n-types';
import { Disclosure } from '../../../components/disclosure';
import { LANG_TAG } from '../../../components/lang-tag';
import { LocalizedText } from '../../../components/localized-text';
import { SourceList } from '../../../components/source-list';

/** `method` is the outline's (a string, in English) or, without an outline, the zone location's (in both languages). */
export type OutlineInfo = { method: string | Localized; uncertaintyKm: number; sourceIds: string[]; confidence?: 'sourced' | 'estimate' };

type Props = { outline: OutlineInfo; sources: Source[]; lang: Lang };

/** The honest caption of a zone's outline: indicative, how uncertain, and (on request) how it was drawn. */
export function ZoneOutlineNote({ outline, sources, lang }: Props) {
  const { t } = useTranslation();
  return (
    <div className="zones-outline" role="note">
      <p className="zones-outline__text">
        <span aria-hidden="true" className="zones-outline__icon">
          ◌
        </span>
        {t('zones.outline.indicative', { km: formatNumber(outline.uncertaintyKm, lang) })}
        {outline.confidence && `${lang === 'zh' ? '' : ' '}${t(`zones.outline.${outline.confidence}`)}`}
      </p>
      <Disclosure label={t('zones.outline.method')}>
        {typeof outline.method === 'string' ? (
          // Outline methods are written in English in the dataset.
          <p className="zones-outline__method" lang={LANG_TAG.en}>
            {outline.method}
          </p>
        ) : (
          <LocalizedText className="zones-outline__method" text={outline.method} lang={lang} />
        )}
        <SourceList sourceIds={outline.sourceIds} sources={sources} lang={lang} />
      </Disclosure>
    </div>
  );
}
