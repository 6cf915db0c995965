import { useTranslation } from 'react-i18next';
import type { Source } from '../lib/data/schemas';
import { formatSourceDate } from '../lib/format';
import type { Lang } from '../lib/i18n-types';
import { LangRuns } from './lang-runs';
import { textLangTag } from './lang-tag';
import './source-citation.css';
import './visually-hidden.css';

type Props = { source: Source | undefined; lang: Lang; /** Shown when the source record is missing. */ fallbackId?: string };

/** One source: its title (a link that opens in a new tab when it has a url, else "No link recorded"), publisher, date and repost flag. */
export function SourceCitation({ source, lang, fallbackId }: Props) {
  const { t } = useTranslation();
  if (!source) {
    return (
      <span className="source-citation source-citation--missing">
        {t('figure.unknownSource')}
        {fallbackId && <code> {fallbackId}</code>}
      </span>
    );
  }
  const titleLang = textLangTag(source.title);
  return (
    <span className="source-citation">
      {source.url ? (
        <a className="source-citation__title" href={source.url} target="_blank" rel="noopener noreferrer" lang={titleLang}>
          <LangRuns text={source.title} base={titleLang} />
          <span className="visually-hidden"> {t('figure.newTab')}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      ) : (
        <cite className="source-citation__title" lang={titleLang}>
          <LangRuns text={source.title} base={titleLang} />
        </cite>
      )}
      {source.publisher && (
        <span lang={textLangTag(source.publisher)}>
          , <LangRuns text={source.publisher} base={textLangTag(source.publisher)} />
        </span>
      )}
      <span className="source-citation__date">
        {' · '}
        {source.date ? t('figure.published', { date: formatSourceDate(source.date, lang) }) : t('figure.undated')}
      </span>
      {!source.url && (
        <span className="source-citation__no-link">
          {' · '}
          {t('figure.noLink')}
        </span>
      )}
      {source.repost && <span className="source-citation__repost">{t('figure.repost')}</span>}
    </span>
  );
}
