import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterId, ZoneId } from '../lib/data/schemas';
import type { SearchResult } from '../lib/search';
import type { Landmark } from '../lib/landmarks';
import { useSearchIndex } from '../lib/data/search-index-query';
import { useZoneDetail, type ZoneDetailState } from '../lib/data/zone-detail';
import { ZoneDetailNotice } from './zone-detail-notice';
import { SideSheet } from '../components/side-sheet';
import { Disclosure } from '../components/disclosure';
import { DataGate, DataNotice } from '../components/data-notice';
import { SearchBox, type SearchIndexStatus } from '../features/overview/components/search-box';
import { ZonePanel } from '../features/zones/components/zone-panel';
import { ClusterPanel } from '../features/clusters/components/cluster-panel';
import { ShareButton } from '../features/share/components/share-button';
import { ClusterContent } from './cluster-content';
import { OverviewTabs } from './overview-tabs';
import type { useAtlasActions } from './use-atlas-actions';
import { PANEL_ID } from './use-panel-focus';
import { useAtlasModel } from './atlas-model';

type Props = {
  actions: ReturnType<typeof useAtlasActions>;
  /** On a phone and in an embed the legend lives in the sheet, folded. */
  legend: ReactNode;
  /** A landmark chosen in search: the map goes there. */
  onShowPlace: (place: Pick<Landmark, 'id' | 'lon' | 'lat'>) => void;
  /**
   * An embed: its panel is small, so under the folded legend the selected zone or cluster comes
   * first; the search is on the overview only (× leads there).
   */
  embed?: boolean;
};

/** The side panel (a bottom sheet on phones): search, then the zone, the cluster, or the overview. */
export function Sidebar({ actions, legend, onShowPlace, embed = false }: Props) {
  const { t } = useTranslation();
  const { url } = actions;
  const { dataset: data, files, zonesById, clustersById, hiddenZones: hiddenZoneIds, hiddenClusters, lang, selectedZone: zone, selectedCluster: cluster } = useAtlasModel();
  // The search index (names normalized by the data build) is fetched when the search is first used.
  const searchIndex = useSearchIndex();
  const indexStatus: SearchIndexStatus =
    searchIndex.state === 'error'
      ? { state: 'error', reason: t(`dataFiles.reason.${searchIndex.error.reason}`, { status: searchIndex.error.status ?? '' }), retrying: searchIndex.retrying, retry: searchIndex.retry }
      : searchIndex;
  // Downloads and shared figures only from the whole dataset: never a table with its sources missing.
  const complete = files.data;

  const onChoose = (r: SearchResult) => {
    if (r.kind === 'zone') actions.selectZone(r.id);
    else if (r.kind === 'cluster') actions.chooseCluster(r.id);
    else if (r.kind === 'landmark') onShowPlace(r);
    else actions.chooseEnterprise(r.id);
  };

  // The selected zone's whole record, fetched when its panel opens.
  const zoneDetail = useZoneDetailOf(zone?.id);

  const content = (clusterId: ClusterId, zoneId: ZoneId | null) => (
    <ClusterContent data={data} clusterId={clusterId} zoneId={zoneId} lang={lang} selectedEnterpriseId={url.ent} onSelectEnterprise={actions.highlightEnterprise} chartExpanded={url.chart === true} onChartExpandedChange={actions.setChartExpanded} />
  );

  let body;
  if (url.zone && !zone) {
    // The link names a zone, but the zones did not load (yet): say so, and keep the link as it is.
    body = <DataGate need={['zones']}>{null}</DataGate>;
  } else if (url.cluster && !url.zone && !cluster) {
    body = <DataGate need={['clusters']}>{null}</DataGate>;
  } else if (zone) {
    const zoneClusters = zone.clusterIds.flatMap((id) => clustersById.get(id) ?? []);
    // A zone that no source links to a cluster has no tab (null).
    const active = url.cluster && zone.clusterIds.includes(url.cluster) ? url.cluster : (zone.clusterIds[0] ?? null);
    const outline = data.outlines.features.find((f) => f.properties.zoneId === zone.id)?.properties;
    const hiddenHere = hiddenZoneIds.includes(zone.id);
    body = (
      <>
      {hiddenHere && (
        <div className="hidden-zone-notice" role="note">
          <p>{t('app.hiddenByFilter')}</p>
          <button type="button" onClick={() => actions.showClusters(zone.clusterIds)}>
            {t('app.showOnMap')}
          </button>
        </div>
      )}
      <ZonePanel
        key={zone.id}
        zone={zone}
        detail={zoneDetail?.state === 'ready' ? zoneDetail.zone : undefined}
        detailNotice={zoneDetail && zoneDetail.state !== 'ready' ? <ZoneDetailNotice detail={zoneDetail} /> : null}
        clusters={zoneClusters}
        sources={data.sources}
        lang={lang}
        activeClusterId={active}
        onSelectCluster={actions.selectClusterTab}
        onClose={actions.clearSelection}
        outline={outline ? { ...outline, confidence: zone.location.confidence } : undefined}
        headerActions={<ShareButton placement="panel" viewName={zone.name[lang]} data={complete} selection={{ zoneId: zone.id, clusterId: null }} lang={lang} hiddenClusters={hiddenClusters} />}
        parentZone={zone.parentZoneId ? zonesById.get(zone.parentZoneId) : undefined}
        childZones={data.zones.filter((z) => z.parentZoneId === zone.id)}
        onSelectZone={actions.selectZone}
        reachOnMap={{ shown: url.reach === true, onChange: actions.setReachShown }}
      >
        <DataNotice need={['outlines']} />
        {active && <DataGate need={['clusters']}>{content(active, zone.id)}</DataGate>}
      </ZonePanel>
      </>
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
        headerActions={<ShareButton placement="panel" viewName={cluster.name[lang]} data={complete} selection={{ zoneId: null, clusterId: cluster.id }} lang={lang} hiddenClusters={hiddenClusters} />}
      >
        {content(cluster.id, null)}
      </ClusterPanel>
    );
  } else {
    body = <OverviewTabs data={data} actions={actions} hiddenZoneIds={hiddenZoneIds} />;
  }

  // The directory tab filters with its own search field: one search box at a time.
  const directoryShown = !zone && !cluster && url.view === 'directory';
  const selectionKey = zone ? `zone:${zone.id}` : cluster ? `cluster:${cluster.id}` : null;
  const selectionFirst = embed && selectionKey !== null;
  return (
    <SideSheet id={PANEL_ID} label={t('app.panel')} handleLabel={{ expand: t('app.expandSheet'), collapse: t('app.collapseSheet') }}>
      {legend && (
        <Disclosure label={t('app.legendToggle')} className="sheet-legend">
          {legend}
        </Disclosure>
      )}
      {!directoryShown && !selectionFirst && <SearchBox index={indexStatus} onNeedIndex={searchIndex.want} lang={lang} onChoose={onChoose} selectionKey={selectionKey} />}
      <DataNotice need={['sources']} />
      {body}
    </SideSheet>
  );
}

/** The detail of the zone shown, or undefined when no zone is (hooks cannot be called conditionally). */
function useZoneDetailOf(id: string | undefined): ZoneDetailState | undefined {
  const detail = useZoneDetail(id ?? '', id !== undefined);
  return id === undefined ? undefined : detail;
}
