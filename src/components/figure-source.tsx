import { useTranslation } from 'react-i18next';
import type { Figure, Source } from '../lib/data/schemas';
import type { Lang } from '../lib/i18n-types';
import { LANG_TAG, otherLang, textLangTag } from './lang-tag';
import { LangRuns } from './lang-runs';
import { SourceCitation } from './source-citation';
import { TranslationNote } from './translation-note';

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
        <LangRuns text={figure.quote} base={textLangTag(figure.quote)} />
      </blockquote>
      {figure.quoteViaId && <p className="figure-source__quote-via">{t('figure.quoteVia')}</p>}
      {figure.note && (
        <div className="figure-source__note">
          <p>
            <strong>{t('figure.note')}{t('figure.colon')}</strong>
            <span lang={LANG_TAG[lang]}>{figure.note[lang]}</span>
          </p>
          {(lang === 'en' ? figure.note.enIsTranslation : figure.note.zhIsTranslation) && (
            <TranslationNote original={figure.note[otherLang(lang)]} originalLang={otherLang(lang)} />
          )}
        </div>
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
