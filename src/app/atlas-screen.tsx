import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '../lib/data/dataset-query';
import { AppHeader } from './app-header';
import { AtlasView } from './atlas-view';
import { useUrlState } from './url-state';
import { PANEL_ID } from './use-panel-focus';

/** The speaker view is a screen of its own, loaded only in that window. */
const SpeakerScreen = lazy(() => import('./speaker-screen').then((m) => ({ default: m.SpeakerScreen })));

export function AtlasScreen() {
  const { t } = useTranslation();
  const query = useDataset();
  const [{ lang, speaker }] = useUrlState();
  const { i18n } = useTranslation();

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, i18n]);
  const title = t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  // The speaker view (a second window of a presentation) is a screen of its own.
  if (speaker && query.data)
    return (
      <Suspense fallback={<p className="status">{t('app.loading')}</p>}>
        <SpeakerScreen data={query.data} />
      </Suspense>
    );

  return (
    <div className="app">
      <a className="skip-link" href={`#${PANEL_ID}`} onClick={(e) => {
        e.preventDefault();
        document.getElementById(PANEL_ID)?.focus();
      }}>
        {t('app.skipToPanel')}
      </a>
      <AppHeader />
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
