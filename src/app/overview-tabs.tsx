import { lazy, useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, ZoneId } from '../lib/data/schemas';
import { CLUSTER_COLORS } from '../config/cluster-colors';
import { CityOverview } from '../features/overview/components/city-overview';
import { DataGate } from '../components/data-notice';
import { useAfterFirstFrame } from '../lib/first-frame';
import { LoadBoundary } from '../components/load-boundary';

import { ZoneList } from '../features/zones/components/zone-list';
import { EnterpriseDirectory } from '../features/enterprises/components/enterprise-directory';
import { VIEWS, type View } from './url-state';
import type { useAtlasActions } from './use-atlas-actions';

/** The comparison chart (recharts) is its own chunk: the overview's text never waits for it. */
const ClusterComparisonChart = lazy(() =>
  import('../features/progress/components/cluster-comparison-chart').then((m) => ({ default: m.ClusterComparisonChart })),
);

type Props = { data: Dataset; actions: ReturnType<typeof useAtlasActions>; hiddenZoneIds: ZoneId[] };

const LABEL: Record<View, string> = { overview: 'app.tabOverview', zones: 'app.tabZones', directory: 'app.tabDirectory' };

/** With nothing selected: the city overview, the zone list and the enterprise directory, as tabs. */
export function OverviewTabs({ data, actions, hiddenZoneIds }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // The chart's chunk waits for the map's first frame: on a cold load it would delay the map.
  const afterFirstFrame = useAfterFirstFrame();
  const { url, setUrl } = actions;
  const { lang, view } = url;
  const visibleZones = data.zones.filter((z) => !hiddenZoneIds.includes(z.id));
  const visibleEnterprises = data.enterprises.filter((e) => !url.hide.includes(e.clusterId));
  const visibleClusters = data.clusters.filter((c) => !url.hide.includes(c.id));
  const show = (v: View) => void setUrl({ view: v }, { history: 'replace' });

  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    const next = e.key === 'ArrowRight' ? VIEWS[(i + 1) % VIEWS.length] : e.key === 'ArrowLeft' ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length] : null;
    if (!next) return;
    e.preventDefault();
    show(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };

  return (
    <div className="overview-tabs">
      <div role="tablist" aria-label={t('app.tabsLabel')} className="overview-tabs__list" onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button key={v} id={`${id}-${v}`} type="button" role="tab" aria-selected={view === v} aria-controls={`${id}-panel`} tabIndex={view === v ? 0 : -1} onClick={() => show(v)}>
            {t(LABEL[v])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${view}`} className="overview-tabs__panel">
        {view === 'overview' && (
          <DataGate need={['figures']}>
          <CityOverview figures={data.figures} sources={data.sources} lang={lang}>
            <DataGate need={['clusters']}>
            {afterFirstFrame ? (
              <LoadBoundary part="chart" loading={<div className="chart-loading" aria-hidden="true" />}>
                <ClusterComparisonChart clusters={data.clusters} figures={data.figures} lang={lang} sources={data.sources} />
              </LoadBoundary>
            ) : (
              <div className="chart-loading" aria-hidden="true" />
            )}
            </DataGate>
          </CityOverview>
          </DataGate>
        )}
        {view === 'zones' && (
          <DataGate need={['zones', 'clusters']}>
          <ZoneList zones={visibleZones} clusters={data.clusters} colors={CLUSTER_COLORS} lang={lang} selectedZoneId={url.zone} onSelectZone={actions.selectZone} />
          </DataGate>
        )}
        {view === 'directory' && (
          <DataGate need={['enterprises', 'zones', 'clusters']}>
          <EnterpriseDirectory
            enterprises={visibleEnterprises}
            zones={visibleZones}
            clusters={visibleClusters}
            lang={lang}
            colors={CLUSTER_COLORS}
            filters={{ q: url.dq, cluster: url.dcluster, zone: url.dzone, origin: url.dorigin }}
            onFiltersChange={(f) => void setUrl({ dq: f.q, dcluster: f.cluster, dzone: f.zone, dorigin: f.origin }, { history: 'replace' })}
            onChooseEnterprise={actions.chooseEnterprise}
          />
          </DataGate>
        )}
      </div>
    </div>
  );
}
