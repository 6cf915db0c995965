import { lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '../lib/data/dataset-query';
import { LoadBoundary } from '../components/load-boundary';
import { AppHeader } from './app-header';
import { AtlasView } from './atlas-view';
import { AtlasModelProvider } from './atlas-model';
import { useUrlState } from './url-state';
import { PANEL_ID } from './use-panel-focus';

/** Embed mode's bar (the link to the full atlas, the height messages): fetched only by embeds. */
const EmbedBar = lazy(() => import('../features/export/components/embed-bar').then((m) => ({ default: m.EmbedBar })));
/** The speaker view is a screen of its own, loaded only in that window. */
const SpeakerScreen = lazy(() => import('./speaker-screen').then((m) => ({ default: m.SpeakerScreen })));

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
  const [{ lang, embed, speaker }] = useUrlState();
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
  if (speaker && show)
    return (
      <AtlasModelProvider files={state}>
        <LoadBoundary part="speaker" loading={<p className="status">{t('app.loading')}</p>}>
          <SpeakerScreen />
        </LoadBoundary>
      </AtlasModelProvider>
    );

  return (
    <AtlasModelProvider files={state}>
    <div className={embed ? 'app app--embed' : 'app'}>
      <a className="skip-link" href={`#${PANEL_ID}`} onClick={(e) => {
        e.preventDefault();
        document.getElementById(PANEL_ID)?.focus();
      }}>
        {t('app.skipToPanel')}
      </a>
      {embed ? (
        <LoadBoundary part="embed">
          <EmbedBar href={window.location.href} />
        </LoadBoundary>
      ) : (
        <AppHeader />
      )}
      <main className="app-main">
        {!show && <p className="status">{t('app.loading')}</p>}
        {show && <AtlasView />}
      </main>
    </div>
    </AtlasModelProvider>
  );
}
