import { useTranslation } from 'react-i18next';
import { ShareButton } from '../features/share/components/share-button';
import { PresentMenu } from '../features/tour/components/present-menu';
import { applyStep } from '../features/tour/utils/apply-step';
import { builtInTour } from '../features/tour/utils/resolve-tour';
import { encodeTour } from '../lib/link';
import { useUrlState } from './url-state';
import { useAtlasModel } from './atlas-model';

export function AppHeader() {
  const { t } = useTranslation();
  const [{ lang, zone: zoneId, cluster: clusterId, view, hide, at, chart }, setUrl] = useUrlState();
  const other = lang === 'en' ? 'zh' : 'en';
  const { files, selectedZone, selectedCluster, hiddenClusters } = useAtlasModel();
  const { data } = files;
  // The header's menu shares what is on screen: the zone, else a cluster opened on its own, else the atlas.
  const zone = selectedZone;
  const cluster = zone ? undefined : selectedCluster;
  const viewName = zone?.name[lang] ?? cluster?.name[lang] ?? t('app.title');
  const selection = { zoneId: zone?.id ?? null, clusterId: cluster?.id ?? null };
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <PresentMenu
        lang={lang}
        current={{ zone: zoneId, cluster: clusterId, view, hide, camera: at, chart: chart === true }}
        onPresent={(tour) => {
          const first = (tour ?? builtInTour()).steps[0];
          const state = first && data ? applyStep(first, data).state : {};
          void setUrl({ ...state, tour: 1, tourdata: tour ? encodeTour(tour) : null, kiosk: null });
        }}
      />
      <ShareButton placement="header" viewName={viewName} data={data} selection={selection} lang={lang} hiddenClusters={hiddenClusters} />
      {/* The accessible name starts with the visible text (WCAG 2.5.3): "中文, Switch to Chinese". */}
      <button type="button" className="lang-switch" onClick={() => void setUrl({ lang: other }, { history: 'push' })}>
        <span lang={other === 'zh' ? 'zh-CN' : 'en'}>{t('app.switchTo')}</span>
        <span className="visually-hidden">, {t('app.switchToLabel')}</span>
      </button>
    </header>
  );
}
