import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '../lib/data/dataset-query';
import { AppHeader } from './app-header';
import { AtlasView } from './atlas-view';
import { useUrlState } from './url-state';
import { PANEL_ID } from './use-panel-focus';

/** Embed mode's bar (the link to the full atlas, the height messages): fetched only by embeds. */
const EmbedBar = lazy(() => import('../features/export/components/embed-bar').then((m) => ({ default: m.EmbedBar })));

export function AtlasScreen() {
  const { t } = useTranslation();
  const query = useDataset();
  const [{ lang, embed }] = useUrlState();
  const { i18n } = useTranslation();

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, i18n]);
  const title = t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      <a className="skip-link" href={`#${PANEL_ID}`} onClick={(e) => {
        e.preventDefault();
        document.getElementById(PANEL_ID)?.focus();
      }}>
        {t('app.skipToPanel')}
      </a>
      {embed ? (
        <Suspense fallback={null}>
          <EmbedBar href={window.location.href} />
        </Suspense>
      ) : (
        <AppHeader />
      )}
      <main className="app-main">
        {query.isPending && <p className="status">{t('app.loading')}</p>}
        {query.isError && (
          <div className="status status-error" role="alert">
            <p>{t('app.loadError')}</p>
            <pre>{query.error.message}</pre>
            <button type="button" onClick={() => void query.refetch()}>
              {t('app.retry')}
            </button>
          </div>
        )}
        {query.data && <AtlasView data={query.data} />}
      </main>
    </div>
  );
}
