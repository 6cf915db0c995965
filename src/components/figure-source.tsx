import { useTranslation } from 'react-i18next';
import type { Figure, Source } from '../lib/data/schemas';
import type { Lang } from '../lib/i18n-types';
import { LANG_TAG, textLangTag } from './lang-tag';
import { SourceCitation } from './source-citation';

type Props = { figure: Figure; source: Source | undefined; supportingSources: readonly Source[]; lang: Lang };

/** The opened "Source" of a figure: the source, the exact quote, the figure's note and supporting sources. */
export function FigureSource({ figure, source, supportingSources, lang }: Props) {
  const { t } = useTranslation();
  return (
    <div className="figure-source">
      <p className="figure-source__citation">
        <SourceCitation source={source} lang={lang} fallbackId={figure.sourceId} />
      </p>
      <p className="figure-source__label">{t('figure.quote')}</p>
      <blockquote className="figure-source__quote" lang={textLangTag(figure.quote)} cite={source?.url}>
        {figure.quote}
      </blockquote>
      {figure.note && (
        <p className="figure-source__note">
          <strong>{t('figure.note')}: </strong>
          {/* Notes are written in English in the dataset. */}
          <span lang={LANG_TAG.en}>{figure.note}</span>
        </p>
      )}
      {supportingSources.length > 0 && (
        <div className="figure-source__supporting">
          <p className="figure-source__label">{t('figure.supporting')}</p>
          <ul>
            {supportingSources.map((s) => (
              <li key={s.id}>
                <SourceCitation source={s} lang={lang} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
