import type { ClusterId, Dataset, ZoneId } from '../lib/data/schemas';
import type { Lang } from '../lib/i18n-types';
import { ClusterProfile } from '../features/clusters/components/cluster-profile';
import { EnterpriseList } from '../features/enterprises/components/enterprise-list';
import { lazy } from 'react';
import { DataGate } from '../components/data-notice';
import { LoadBoundary } from '../components/load-boundary';
import { useUrlState } from './url-state';

/** The chart (recharts) is its own chunk: the panel's text never waits for it. */
const ProgressChart = lazy(() => import('../features/progress/components/progress-chart').then((m) => ({ default: m.ProgressChart })));

type Props = {
  data: Dataset;
  clusterId: ClusterId;
  zoneId: ZoneId | null;
  lang: Lang;
  selectedEnterpriseId: string | null;
  onSelectEnterprise: (id: string | null) => void;
  /** The chart shown large (`chart=1` in the link). */
  chartExpanded: boolean;
  onChartExpandedChange: (expanded: boolean) => void;
};

/** What a cluster tab shows: the profile, the anchor enterprises (of the zone, if one) and the progress chart. */
export function ClusterContent({ data, clusterId, zoneId, lang, selectedEnterpriseId, onSelectEnterprise, chartExpanded, onChartExpandedChange }: Props) {
  // While a tour presents, the chart shown large must leave the caption card usable (its buttons, the
  // step's announcement): it is shown above the atlas without making the rest of the page inert.
  const [{ tour }] = useUrlState();
  const cluster = data.clusters.find((c) => c.id === clusterId);
  if (!cluster) return null;
  const enterprises = data.enterprises.filter((e) => e.clusterId === clusterId && (!zoneId || e.zoneId === zoneId));
  return (
    <>
      <DataGate need={['figures']}>
        <ClusterProfile cluster={cluster} figures={data.figures} sources={data.sources} lang={lang} showName={false} />
      </DataGate>
      <DataGate need={['enterprises']}>
      <EnterpriseList
        enterprises={enterprises}
        zones={data.zones}
        sources={data.sources}
        lang={lang}
        selectedEnterpriseId={selectedEnterpriseId}
        onSelectEnterprise={onSelectEnterprise}
      />
      </DataGate>
      {/* The figures' notice is above, with the profile: the chart just waits for them. */}
      {data.figures.length > 0 && (
      <LoadBoundary part="chart" loading={<div className="chart-loading" aria-hidden="true" />}>
        <ProgressChart cluster={cluster} figures={data.figures} sources={data.sources} lang={lang} expanded={chartExpanded} onExpandedChange={onChartExpandedChange} modalDialog={tour === null} />
      </LoadBoundary>
      )}
    </>
  );
}
