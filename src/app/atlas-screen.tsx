import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataFilesProvider, useDataset } from '../lib/data/dataset-query';
import { AppHeader } from './app-header';
import { AtlasView } from './atlas-view';
import { useUrlState } from './url-state';
import { PANEL_ID } from './use-panel-focus';

export function AtlasScreen() {
  const { t } = useTranslation();
  const state = useDataset();
  // The atlas appears once every file has answered, or after a moment if one is slow: what loaded works meanwhile.
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setWaited(true), 1000);
    return () => window.clearTimeout(timer);
  }, []);
  const show = state.settled || waited;
  const [{ lang }] = useUrlState();
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
    <div className="app">
      <a className="skip-link" href={`#${PANEL_ID}`} onClick={(e) => {
        e.preventDefault();
        document.getElementById(PANEL_ID)?.focus();
      }}>
        {t('app.skipToPanel')}
      </a>
      <AppHeader />
      <main className="app-main">
        {!show && <p className="status">{t('app.loading')}</p>}
        {show && (
          <DataFilesProvider value={state}>
            <AtlasView data={state.dataset} />
          </DataFilesProvider>
        )}
      </main>
    </div>
  );
}
