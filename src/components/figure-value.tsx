import { useTranslation } from 'react-i18next';
import type { Figure, Source } from '../lib/data/schemas';
import { formatYear } from '../lib/format';
import type { Lang } from '../lib/i18n-types';
import { Disclosure } from './disclosure';
import { FigureSource } from './figure-source';
import { figureText } from './figure-text';
import { LangRuns } from './lang-runs';
import { LANG_TAG } from './lang-tag';
import './figure-value.css';

type Props = {
  figure: Figure;
  source: Source | undefined;
  lang: Lang;
  /** For a corrected figure: the figure as printed (the one named by `correctsFigureId`). */
  printed?: Figure;
  /** The figure's `supportingSourceIds`, resolved; listed under its source. */
  supportingSources?: readonly Source[];
};

/**
 * One figure as a presenter shows it: the value with the source's qualifier, what kind of figure it is
 * (in words, not only in colour), its year and scope, a doubt flag, and its source with the exact quote.
 */
export function FigureValue({ figure, source, lang, printed, supportingSources = [] }: Props) {
  const { t } = useTranslation();
  const metric = figure.metric[lang];
  const year = formatYear(figure.year, lang, figure.period);
  const kind = t(`figure.kind.${figure.kind}`);
  return (
    <div className={`figure-value figure-value--${figure.kind}`} data-figure-id={figure.id}>
      <p className="figure-value__metric" lang={LANG_TAG[lang]}>
        <LangRuns text={metric} base={LANG_TAG[lang]} />
      </p>
      {figure.kind === 'corrected' ? (
        <dl className="figure-value__correction">
          <div>
            <dt>{t('figure.asPrinted')}</dt>
            <dd className="figure-value__printed">{printed ? figureText(printed, lang) : `“${figure.quote}”`}</dd>
          </div>
          <div>
            <dt>{t('figure.correctedValue')}</dt>
            <dd className="figure-value__value">{figureText(figure, lang)}</dd>
          </div>
        </dl>
      ) : (
        <p className="figure-value__value">{figureText(figure, lang)}</p>
      )}
      <p className="figure-value__meta">
        <span className="figure-value__badge" title={t('figure.kindLabel')}>
          {kind}
        </span>
        <span className="figure-value__year">{year}</span>
        {figure.doubtful && (
          <span className="figure-value__doubtful" title={t('figure.doubtfulHint')}>
            <span aria-hidden="true">⚠ </span>
            {t('figure.doubtful')}
          </span>
        )}
      </p>
      <p className="figure-value__scope">
        <span className="figure-value__scope-kind">{t(`figure.scope.${figure.scope}`)}</span>
        {t('figure.colon')}
        <span lang={LANG_TAG[lang]}>
          <LangRuns text={figure.scopeNote[lang]} base={LANG_TAG[lang]} />
        </span>
      </p>
      <Disclosure className="figure-value__source" label={t('figure.source')} ariaLabel={t('figure.sourceOf', { metric, year, kind })}>
        <FigureSource figure={figure} source={source} supportingSources={supportingSources} lang={lang} />
      </Disclosure>
    </div>
  );
}
