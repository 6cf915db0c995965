import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterId, Dataset, ZoneId } from '../lib/data/schemas';
import { buildSearchIndex, type SearchResult } from '../lib/search';
import { SideSheet } from '../components/side-sheet';
import { SearchBox } from '../features/overview/components/search-box';
import { ZonePanel } from '../features/zones/components/zone-panel';
import { ClusterPanel } from '../features/clusters/components/cluster-panel';
import { ClusterContent } from './cluster-content';
import { OverviewTabs } from './overview-tabs';
import type { useAtlasActions } from './use-atlas-actions';

type Props = { data: Dataset; actions: ReturnType<typeof useAtlasActions>; hiddenZoneIds: ZoneId[] };

/** The side panel (a bottom sheet on phones): search, then the zone, the cluster, or the overview. */
export function Sidebar({ data, actions, hiddenZoneIds }: Props) {
  const { t } = useTranslation();
  const { url } = actions;
  const { lang } = url;
  const index = useMemo(() => buildSearchIndex(data), [data]);
  const zone = url.zone ? data.zones.find((z) => z.id === url.zone) : undefined;
  const cluster = url.cluster ? data.clusters.find((c) => c.id === url.cluster) : undefined;

  const onChoose = (r: SearchResult) => {
    if (r.kind === 'zone') actions.selectZone(r.id);
    else if (r.kind === 'cluster') actions.chooseCluster(r.id);
    else actions.chooseEnterprise(r.id);
  };

  const content = (clusterId: ClusterId, zoneId: ZoneId | null) => (
    <ClusterContent data={data} clusterId={clusterId} zoneId={zoneId} lang={lang} selectedEnterpriseId={url.ent} onSelectEnterprise={actions.highlightEnterprise} />
  );

  let body;
  if (zone) {
    const zoneClusters = zone.clusterIds.flatMap((id) => data.clusters.filter((c) => c.id === id));
    const active = url.cluster && zone.clusterIds.includes(url.cluster) ? url.cluster : zone.clusterIds[0]!;
    const outline = data.outlines.features.find((f) => f.properties.zoneId === zone.id)?.properties;
    body = (
      <ZonePanel
        key={zone.id}
        zone={zone}
        clusters={zoneClusters}
        sources={data.sources}
        lang={lang}
        activeClusterId={active}
        onSelectCluster={actions.selectClusterTab}
        onClose={actions.clearSelection}
        outline={outline ? { ...outline, confidence: zone.location.confidence } : undefined}
        parentZone={data.zones.find((z) => z.id === zone.parentZoneId)}
        childZones={data.zones.filter((z) => z.parentZoneId === zone.id)}
        onSelectZone={actions.selectZone}
      >
        {content(active, zone.id)}
      </ZonePanel>
    );
  } else if (cluster) {
    body = (
      <ClusterPanel
        key={cluster.id}
        cluster={cluster}
        zones={data.zones.filter((z) => cluster.zoneIds.includes(z.id))}
        lang={lang}
        onSelectZone={actions.selectZone}
        onClose={actions.clearSelection}
      >
        {content(cluster.id, null)}
      </ClusterPanel>
    );
  } else {
    body = <OverviewTabs data={data} actions={actions} hiddenZoneIds={hiddenZoneIds} />;
  }

  return (
    <SideSheet label={t('app.panel')} handleLabel={{ expand: t('app.expandSheet'), collapse: t('app.collapseSheet') }}>
      <SearchBox index={index} lang={lang} onChoose={onChoose} />
      {body}
    </SideSheet>
  );
}
